package kefu.registers.reservations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Product reservations with a due date; the open ones and the overdue list. */
@Service
@Transactional
public class Reservations {

  private final ReservationRepository reservations;
  private final FrontDesk desk;
  private final Organization organization;
  private final Clock clock;

  Reservations(
      ReservationRepository reservations, FrontDesk desk, Organization organization, Clock clock) {
    this.reservations = reservations;
    this.desk = desk;
    this.organization = organization;
    this.clock = clock;
  }

  public record Params(
      String storeCode,
      String customerName,
      String customerPhone,
      String product,
      LocalDate reservedOn,
      LocalDate dueOn) {}

  public Reservation reserve(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    FrontDesk.required(shape, "customerName", p.customerName());
    FrontDesk.required(shape, "product", p.product());
    if (p.dueOn() == null) {
      shape.add(new FieldProblem("dueOn", "validation.required"));
    }
    InputRules.checkText(shape, "customerName", p.customerName(), 100, false);
    InputRules.checkText(shape, "customerPhone", p.customerPhone(), 32, false);
    InputRules.checkText(shape, "product", p.product(), 200, false);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String store = desk.recordingStore(scope, p.storeCode(), null, "reservation.notYourStore");
    LocalDate reserved = p.reservedOn() == null ? organization.today() : p.reservedOn();
    if (p.dueOn().isBefore(reserved)) {
      throw new RuleRefused("dueOn", "reservation.dueBeforeReserved");
    }
    return reservations.save(
        new Reservation(
            store,
            p.customerName().strip(),
            FrontDesk.text(p.customerPhone()),
            p.product().strip(),
            reserved,
            p.dueOn(),
            scope.username(),
            clock.instant()));
  }

  public Reservation collect(AccessScope scope, long id) {
    Reservation r = writable(scope, id);
    r.collect(scope.username(), clock.instant());
    return reservations.save(r);
  }

  public Reservation cancel(AccessScope scope, long id, String reason) {
    InputRules.requireText("reason", reason, 500, true);
    Reservation r = writable(scope, id);
    r.cancel(reason, scope.username(), clock.instant());
    return reservations.save(r);
  }

  @Transactional(readOnly = true)
  public Reservation get(AccessScope scope, long id) {
    Reservation r = reservations.findById(id).orElseThrow(() -> new NotFound("reservation " + id));
    desk.requireVisible(scope, r.getStoreCode(), "reservation " + id);
    return r;
  }

  @Transactional(readOnly = true)
  public List<Reservation> open(AccessScope scope, String storeCode) {
    return reservations.open(desk.listStore(scope, storeCode));
  }

  /** Open reservations whose due date has passed, the oldest due first. */
  @Transactional(readOnly = true)
  public List<Reservation> overdue(AccessScope scope, String storeCode) {
    return reservations.overdue(desk.listStore(scope, storeCode), organization.today());
  }

  private Reservation writable(AccessScope scope, long id) {
    Reservation r = get(scope, id);
    desk.recordingStore(scope, r.getStoreCode(), null, "reservation.notYourStore");
    return r;
  }
}
