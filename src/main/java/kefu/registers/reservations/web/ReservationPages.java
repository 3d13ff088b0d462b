package kefu.registers.reservations.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskSteps;
import kefu.registers.reservations.Reservation;
import kefu.registers.reservations.Reservations;
import kefu.shared.PhoneNumbers;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reservations page: reserve, the open ones (overdue marked), collect or cancel. */
@Controller
class ReservationPages {

  private final Reservations reservations;
  private final CurrentUser currentUser;
  private final Organization organization;

  ReservationPages(Reservations reservations, CurrentUser currentUser, Organization organization) {
    this.reservations = reservations;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  static NavItem reservationsNav() {
    return new NavItem(
        "reservations", "/reservations", "reservation.title", "isAuthenticated()", 64, "desk");
  }

  @GetMapping("/reservations")
  String page(@RequestParam(required = false) String storeCode, Model model) {
    AccessScope scope = currentUser.scope();
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode;
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    List<Reservation> open = reservations.open(scope, store);
    Map<Long, String> phones = new HashMap<>();
    open.forEach(r -> phones.put(r.getId(), PhoneNumbers.mask(r.getCustomerPhone())));
    model.addAttribute("open", open);
    model.addAttribute("phones", phones);
    model.addAttribute("today", organization.today());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/reservations/page";
  }

  @PostMapping("/reservations")
  String reserve(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/reservations",
        "reservation.saved",
        () ->
            reservations.reserve(
                currentUser.scope(),
                new Reservations.Params(
                    form.get("storeCode"),
                    form.get("customerName"),
                    form.get("customerPhone"),
                    form.get("product"),
                    null,
                    InputRules.time("dueOn", LocalDate.class, form.get("dueOn")))));
  }

  @PostMapping("/reservations/{id}/collection")
  String collect(@PathVariable long id, RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/reservations",
        "reservation.collected",
        () -> reservations.collect(currentUser.scope(), id));
  }

  @PostMapping("/reservations/{id}/cancellation")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/reservations",
        "reservation.cancelled",
        () -> reservations.cancel(currentUser.scope(), id, reason));
  }
}
