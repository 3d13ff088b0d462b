package kefu.service.web;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import kefu.incident.Incident;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.service.showroom.ShowroomAudits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The showroom page of a store and month: the front desk's visitor register with its entry form,
 * and the audit form whose counts become the §2A and §2B incidents.
 */
@Controller
class ShowroomPages {

  private final ShowroomAudits showroom;
  private final CurrentUser currentUser;
  private final Organization organization;

  ShowroomPages(ShowroomAudits showroom, CurrentUser currentUser, Organization organization) {
    this.showroom = showroom;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record VisitForm(
      String storeCode,
      String employeeCode,
      String visitedAt,
      String customerName,
      String customerPhone,
      String purpose) {}

  record AuditForm(
      String storeCode,
      String employeeCode,
      String auditedAt,
      Integer falseOrMissed,
      Integer inconsistentItems,
      String note) {}

  @GetMapping("/showroom")
  String page(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month,
      Model model) {
    AccessScope scope = reader();
    List<Store> stores = ServiceNavigation.stores(organization, scope);
    String store =
        storeCode != null && !storeCode.isBlank()
            ? storeCode
            : stores.isEmpty() ? null : stores.get(0).getCode();
    YearMonth m = month != null ? month : YearMonth.from(organization.today());
    model.addAttribute("stores", stores);
    model.addAttribute("storeCode", store);
    model.addAttribute("month", m);
    model.addAttribute("visits", store == null ? List.of() : showroom.visits(scope, store, m));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    return "service/showroom";
  }

  @PostMapping("/showroom/visits")
  String register(VisitForm form, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        form.storeCode(),
        () -> {
          showroom.register(
              scope,
              new ShowroomAudits.NewVisit(
                  form.storeCode(),
                  form.employeeCode(),
                  at("visitedAt", form.visitedAt()),
                  form.customerName(),
                  form.customerPhone(),
                  form.purpose()));
          redirect.addFlashAttribute("message", "showroom.registered");
        });
  }

  @PostMapping("/showroom/audits")
  String audit(AuditForm form, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        form.storeCode(),
        () -> {
          ShowroomAudits.Audit audit =
              showroom.audit(
                  scope,
                  new ShowroomAudits.NewAudit(
                      form.storeCode(),
                      form.employeeCode(),
                      at("auditedAt", form.auditedAt()),
                      form.falseOrMissed(),
                      form.inconsistentItems(),
                      form.note()));
          redirect.addFlashAttribute("message", "showroom.audited");
          redirect.addFlashAttribute(
              "messageArg",
              audit.incidents().isEmpty()
                  ? "—"
                  : String.join(
                      ", ", audit.incidents().stream().map(i -> "#" + i.getId()).toList()));
          redirect.addFlashAttribute(
              "auditIncidents", audit.incidents().stream().map(Incident::getId).toList());
        });
  }

  private String change(RedirectAttributes redirect, String storeCode, Runnable change) {
    try {
      change.run();
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Forbidden e) {
      redirect.addFlashAttribute("error", "import.storeNotAllowed");
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", "incident.monthLocked");
    }
    return "redirect:/showroom" + (storeCode == null ? "" : "?storeCode=" + storeCode);
  }

  private java.time.OffsetDateTime at(String field, String text) {
    LocalDateTime at = InputRules.time(field, LocalDateTime.class, text);
    return at == null ? null : at.atZone(organization.zone()).toOffsetDateTime();
  }

  private AccessScope reader() {
    AccessScope scope = currentUser.scope();
    if (scope.confinedToEmployee().isPresent()) {
      throw new Forbidden("the showroom log is kept by the front desk and its managers");
    }
    return scope;
  }
}
