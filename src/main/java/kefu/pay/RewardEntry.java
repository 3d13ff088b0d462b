package kefu.pay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import kefu.shared.Money;

/**
 * A reward recorded for an employee (doc 001): its type and the one field that values it, the
 * amount it earned with the pack, version and clause in force on its day, and whether it was
 * voided.
 */
public record RewardEntry(
    long id,
    String employeeCode,
    String storeCode,
    RewardType type,
    Instant occurredAt,
    LocalDate occurredOn,
    String eventGrade,
    Integer quantity,
    BigDecimal contractAmount,
    Money amount,
    String packId,
    int packVersion,
    String clause,
    String note,
    EntryState state) {

  public boolean voided() {
    return state.voided();
  }

  /** The entry's valuing field as a note argument: the grade, the arrivals or the amount. */
  String detail() {
    return RewardValuation.detail(
        new RewardValuation.Draft(type, eventGrade, quantity, contractAmount));
  }
}
