package kefu.audit.web;

import java.time.LocalDate;
import kefu.audit.AuditAction;
import kefu.audit.AuditLog;
import kefu.platform.GroupZone;
import kefu.platform.InputRules;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's view of the audit log, filtered and paged; read-only. */
@Controller
class AuditController {

  private static final int PAGE_SIZE = 50;
  private final AuditLog log;
  private final GroupZone zone;

  AuditController(AuditLog log, GroupZone zone) {
    this.log = log;
    this.zone = zone;
  }

  @GetMapping("/admin/audit")
  String audit(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) AuditAction action,
      @RequestParam(required = false) String entityType,
      @RequestParam(required = false) String entityId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    var filter = new AuditLog.Filter(actor, action, entityType, entityId, from, to, zone.zone());
    model.addAttribute("result", log.find(filter, InputRules.page(page), PAGE_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("zone", zone.zone());
    return "audit/list";
  }
}
