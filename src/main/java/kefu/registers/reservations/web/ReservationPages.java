package kefu.registers.reservations.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskPage;
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
  private final DeskPage desk;
  private final Organization organization;

  ReservationPages(Reservations reservations, DeskPage desk, Organization organization) {
    this.reservations = reservations;
    this.desk = desk;
    this.organization = organization;
  }

  @Bean
  static NavItem reservationsNav() {
    return new NavItem(
        "reservations", "/reservations", "reservation.title", "isAuthenticated()", 64, "desk");
  }

  @GetMapping("/reservations")
  String page(@RequestParam(required = false) String storeCode, Model model) {
    AccessScope scope = desk.scope();
    String store = desk.storeFilter(scope, storeCode, model);
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
    return step(
        redirect,
        "reservation.saved",
        scope ->
            reservations.reserve(
                scope,
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
    return step(redirect, "reservation.collected", scope -> reservations.collect(scope, id));
  }

  @PostMapping("/reservations/{id}/cancellation")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    return step(redirect, "reservation.cancelled", scope -> reservations.cancel(scope, id, reason));
  }

  private String step(RedirectAttributes redirect, String doneKey, Consumer<AccessScope> step) {
    return desk.step(redirect, "/reservations", doneKey, step);
  }
}
