package kefu.service.cases.web;

import java.time.YearMonth;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.service.cases.Complaint;
import kefu.service.cases.Complaints;
import kefu.shared.PhoneNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The month's complaints of a store, and the per-agent SLA and satisfaction report. */
@Controller
record ComplaintController(
    Complaints complaints, CurrentUser currentUser, Organization organization) {

  /**
   * A complaint as a row of the list: times in the group's zone, the number as the user may see it.
   */
  record Row(Complaint complaint, String received, String phone, java.util.List<String> breaches) {}

  @GetMapping("/complaints")
  String list(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    var zone = complaints.zone();
    var now = complaints.now();
    model.addAttribute(
        "rows",
        complaints.month(scope, m, storeCode).stream()
            .map(
                c ->
                    new Row(
                        c,
                        c.getReceivedAt()
                            .atZone(zone)
                            .toLocalDateTime()
                            .toString()
                            .replace('T', ' '),
                        PhoneNumbers.mask(c.getCustomerPhone()),
                        c.breaches(now).stream().map(Enum::name).toList()))
            .toList());
    model.addAttribute("month", m);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    return "service-cases/complaints";
  }

  @GetMapping("/complaints/report")
  String report(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    model.addAttribute("lines", complaints.agentReport(scope, m, storeCode));
    model.addAttribute("month", m);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("stores", organization.visibleStores(scope));
    return "service-cases/report";
  }
}
