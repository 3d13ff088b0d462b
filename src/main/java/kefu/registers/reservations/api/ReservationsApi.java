package kefu.registers.reservations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.reservations.Reservation;
import kefu.registers.reservations.ReservationStatus;
import kefu.registers.reservations.Reservations;
import kefu.shared.PhoneNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reservations over REST: reserve, collect, cancel, the open and the overdue ones. */
@RestController
@RequestMapping("/api/v1/reservations")
@Tag(name = "Registers: reservations")
class ReservationsApi {

  private final Reservations reservations;
  private final CurrentUser currentUser;
  private final Organization organization;

  ReservationsApi(Reservations reservations, CurrentUser currentUser, Organization organization) {
    this.reservations = reservations;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record ReasonRequest(String reason) {}

  /** The customer's phone is always shown masked. */
  record ReservationView(
      long id,
      String storeCode,
      String customerName,
      String customerPhone,
      String product,
      LocalDate reservedOn,
      LocalDate dueOn,
      ReservationStatus status,
      boolean overdue,
      String cancelReason) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Reserves a product for a customer until `dueOn` (reservedOn: today)")
  ReservationView reserve(@RequestBody Reservations.Params params) {
    return view(reservations.reserve(currentUser.scope(), params));
  }

  @PostMapping("/{id}/collection")
  @Operation(summary = "The customer collected it (COLLECTED; 409 once closed)")
  ReservationView collect(@PathVariable long id) {
    return view(reservations.collect(currentUser.scope(), id));
  }

  @PostMapping("/{id}/cancellation")
  @Operation(summary = "Cancelled with a reason (CANCELLED; 409 once closed)")
  ReservationView cancel(@PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
    return view(reservations.cancel(currentUser.scope(), id, body == null ? null : body.reason()));
  }

  @GetMapping("/{id}")
  ReservationView get(@PathVariable long id) {
    return view(reservations.get(currentUser.scope(), id));
  }

  @GetMapping
  @Operation(summary = "Open reservations, the earliest due first")
  List<ReservationView> open(@RequestParam(required = false) String storeCode) {
    return reservations.open(currentUser.scope(), storeCode).stream().map(this::view).toList();
  }

  @GetMapping("/overdue")
  @Operation(summary = "Open reservations past their due date")
  List<ReservationView> overdue(@RequestParam(required = false) String storeCode) {
    return reservations.overdue(currentUser.scope(), storeCode).stream().map(this::view).toList();
  }

  private ReservationView view(Reservation r) {
    return new ReservationView(
        r.getId(),
        r.getStoreCode(),
        r.getCustomerName(),
        PhoneNumbers.mask(r.getCustomerPhone()),
        r.getProduct(),
        r.getReservedOn(),
        r.getDueOn(),
        r.getStatus(),
        r.overdueOn(organization.today()),
        r.getCancelReason());
  }
}
