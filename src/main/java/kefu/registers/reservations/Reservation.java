package kefu.registers.reservations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.registers.desk.RegisterEntry;
import kefu.shared.PhoneNumbers;

/**
 * A product reserved for a customer until a due date. It is closed once, collected or cancelled
 * with a reason; one still open after its due date is overdue.
 */
@Entity
public class Reservation extends RegisterEntry {

  static final String AUDITED_AS = "reservation";

  private String customerName;
  private String customerPhone;
  private String product;
  private LocalDate reservedOn;
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private ReservationStatus status;

  private String closedBy;
  private Instant closedAt;
  private String cancelReason;

  protected Reservation() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

  Reservation(
      String storeCode,
      String customerName,
      String customerPhone,
      String product,
      LocalDate reservedOn,
      LocalDate dueOn,
      String recordedBy,
      Instant recordedAt) {
    super(storeCode, recordedBy, recordedAt);
    this.customerName = customerName;
    this.customerPhone = customerPhone;
    this.product = product;
    this.reservedOn = reservedOn;
    this.dueOn = dueOn;
    this.status = ReservationStatus.OPEN;
  }

  /** The customer collected the product. */
  void collect(String by, Instant at) {
    close(ReservationStatus.COLLECTED, null, by, at);
  }

  /** The reservation was cancelled, with a reason. */
  void cancel(String reason, String by, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("reason", "validation.required");
    }
    close(ReservationStatus.CANCELLED, reason.strip(), by, at);
  }

  private void close(ReservationStatus outcome, String reason, String by, Instant at) {
    if (status != ReservationStatus.OPEN) {
      throw new Conflict("reservation.closed");
    }
    step(
        outcome.name(),
        by,
        at,
        () -> {
          this.status = outcome;
          this.cancelReason = reason;
          this.closedBy = by;
          this.closedAt = at;
        });
  }

  /** Still open after its due date. */
  public boolean overdueOn(LocalDate today) {
    return status == ReservationStatus.OPEN && dueOn.isBefore(today);
  }

  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
    m.put("customerName", customerName);
    m.put("customerPhone", PhoneNumbers.mask(customerPhone));
    m.put("product", product);
    m.put("reservedOn", String.valueOf(reservedOn));
    m.put("dueOn", String.valueOf(dueOn));
    m.put("status", status.name());
    m.put("cancelReason", cancelReason);
    return m;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerPhone() {
    return customerPhone;
  }

  public String getProduct() {
    return product;
  }

  public LocalDate getReservedOn() {
    return reservedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ReservationStatus getStatus() {
    return status;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
