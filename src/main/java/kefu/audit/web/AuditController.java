package kefu.audit.web;

import java.time.LocalDate;
import java.util.Locale;
import kefu.audit.AuditAction;
import kefu.audit.AuditLog;
import kefu.platform.GroupZone;
import kefu.platform.InputRules;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's view of the audit log, filtered and paged, read as {@link AuditView}s;
 * read-only.
 */
@Controller
record AuditController(AuditLog log, GroupZone zone, MessageSource messages, JsonMapper json) {

  private static final int PAGE_SIZE = 50;

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    var filter = new AuditLog.Filter(actor, action, entityType, entityId, from, to, zone.zone());
    AuditLog.Page result = log.find(filter, InputRules.page(page), PAGE_SIZE);
    AuditView.Reader reader = new AuditView.Reader(zone.zone(), locale, messages, json);
    model.addAttribute("result", result);
    model.addAttribute("entries", result.entries().stream().map(reader::read).toList());
    model.addAttribute("filter", filter);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("zone", zone.zone());
    return "audit/list";
  }
}
