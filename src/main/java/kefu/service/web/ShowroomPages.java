package kefu.service.web;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The showroom page of a store and month: the front desk's visitor register with its entry form,
 * and the audit form whose counts become the §2A and §2B incidents.
 */
@Controller
record ShowroomPages(ShowroomAudits showroom, CurrentUser currentUser, Organization organization) {

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

  /** The forms' times are the group's local date-times (datetime-local fields). */
  @InitBinder
  void localTimes(WebDataBinder binder) {
    binder.registerCustomEditor(
        OffsetDateTime.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            if (text == null || text.isBlank()) {
              setValue(null);
              return;
            }
            try {
              LocalDateTime at = InputRules.time(LocalDateTime.class, text);
              setValue(at.atZone(organization.zone()).toOffsetDateTime());
            } catch (DateTimeException e) {
              // the binder records it as the field's type mismatch
              throw new IllegalArgumentException(e.getMessage(), e);
            }
          }
        });
  }

  @PostMapping("/showroom/visits")
  String register(
      ShowroomAudits.NewVisit form, BindingResult binding, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        form == null ? null : form.storeCode(),
        binding,
        () -> {
          showroom.register(scope, form);
          redirect.addFlashAttribute("message", "showroom.registered");
        });
  }

  @PostMapping("/showroom/audits")
  String audit(ShowroomAudits.NewAudit form, BindingResult binding, RedirectAttributes redirect) {
    AccessScope scope = currentUser.writer();
    return change(
        redirect,
        form == null ? null : form.storeCode(),
        binding,
        () -> {
          ShowroomAudits.Audit audit = showroom.audit(scope, form);
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

  /** Runs the change unless the form did not bind; back to the store's page either way. */
  private String change(
      RedirectAttributes redirect, String storeCode, BindingResult binding, Runnable change) {
    try {
      if (binding.hasErrors()) {
        redirect.addFlashAttribute("error", "typeMismatch." + LocalDateTime.class.getName());
      } else {
        change.run();
      }
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Forbidden e) {
      redirect.addFlashAttribute("error", "import.storeNotAllowed");
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", "incident.monthLocked");
    }
    return "redirect:/showroom" + (storeCode == null ? "" : "?storeCode=" + storeCode);
  }

  private AccessScope reader() {
    AccessScope scope = currentUser.scope();
    if (scope.confinedToEmployee().isPresent()) {
      throw new Forbidden("the showroom log is kept by the front desk and its managers");
    }
    return scope;
  }
}
