package kefu.pay;

import java.time.Instant;
import java.time.LocalDate;
import kefu.shared.Money;

/** A sale an employee completed themselves (doc 002 variant 6 §5), the base of their commission. */
public record SaleEntry(
    long id,
    String employeeCode,
    String storeCode,
    Instant completedAt,
    LocalDate completedOn,
    Money amount,
    String note,
    EntryState state) {

  public boolean voided() {
    return state.voided();
  }
}
