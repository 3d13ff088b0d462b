package kefu.registers.dutylog.web;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskPage;
import kefu.registers.dutylog.DutyEntry;
import kefu.registers.dutylog.DutyLog;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duty log pages: the month's shifts with the reports owed, a new entry, one entry. */
@Controller
class DutyLogPages {

  private final DutyLog log;
  private final DeskPage desk;
  private final Organization organization;

  DutyLogPages(DutyLog log, DeskPage desk, Organization organization) {
    this.log = log;
    this.desk = desk;
    this.organization = organization;
  }

  @Bean
  static NavItem dutyLogNav() {
    return new NavItem("duty-log", "/duty-log", "dutylog.title", "isAuthenticated()", 61, "desk");
  }

  @GetMapping("/duty-log")
  String list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month,
      Model model) {
    AccessScope scope = desk.scope();
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    String store = desk.storeFilter(scope, storeCode, model);
    List<DutyEntry> entries = log.month(scope, store, m);
    List<DutyEntry> missing = log.reportsMissing(scope, store);
    model.addAttribute("month", m);
    model.addAttribute("entries", entries);
    model.addAttribute("missing", missing);
    model.addAttribute("names", names(Stream.concat(entries.stream(), missing.stream())));
    model.addAttribute("zone", organization.zone());
    return "registers/duty-log/list";
  }

  @GetMapping("/duty-log/new")
  String newForm(@RequestParam(required = false) Long corrects, Model model) {
    AccessScope scope = desk.scope();
    Map<String, String> form = new java.util.HashMap<>();
    if (corrects != null) {
      DutyEntry old = log.get(scope, corrects);
      form.put("storeCode", old.getStoreCode());
      form.put("dutyCode", old.getDutyCode());
      form.put("corrects", String.valueOf(corrects));
    } else {
      form.put("storeCode", organization.codes(scope).storeCode());
      form.put("dutyCode", organization.ownEmployeeCode(scope).orElse(null));
    }
    String now = desk.now();
    form.put("startAt", now);
    form.put("endAt", now);
    return form(scope, form, model);
  }

  @PostMapping("/duty-log")
  String record(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    AccessScope scope = desk.scope();
    return desk.record(
        model,
        () -> {
          OffsetDateTime start = desk.typedAt("startAt", form.get("startAt"));
          OffsetDateTime end = desk.typedAt("endAt", form.get("endAt"));
          String corrects = form.get("corrects");
          DutyEntry e =
              log.record(
                  scope,
                  new DutyLog.Params(
                      form.get("storeCode"),
                      form.get("dutyCode"),
                      start,
                      end,
                      form.get("happened"),
                      form.get("handled"),
                      "true".equals(form.get("major")),
                      corrects == null || corrects.isBlank() ? null : Long.valueOf(corrects)));
          redirect.addFlashAttribute("message", "dutylog.recorded");
          return "redirect:/duty-log/" + e.getId();
        },
        () -> form(scope, form, model));
  }

  private String form(AccessScope scope, Map<String, String> form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("stores", organization.visibleStores(scope));
    return "registers/duty-log/form";
  }

  @GetMapping("/duty-log/{id}")
  String detail(@PathVariable long id, Model model) {
    AccessScope scope = desk.scope();
    DutyEntry e = log.get(scope, id);
    model.addAttribute("entry", e);
    model.addAttribute("names", names(Stream.of(e)));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canReport", e.isMajor() && e.getReportAt() == null);
    return "registers/duty-log/detail";
  }

  @PostMapping("/duty-log/{id}/report")
  String report(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      RedirectAttributes redirect) {
    return desk.step(
        redirect, "/duty-log/" + id, "dutylog.reportSaved", scope -> log.report(scope, id, text));
  }

  private Map<String, String> names(Stream<DutyEntry> entries) {
    return organization.employeeNames(entries.map(DutyEntry::getDutyCode).distinct().toList());
  }
}
