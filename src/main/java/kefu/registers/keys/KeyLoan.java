package kefu.registers.keys;

import java.time.Instant;
import kefu.registers.ApprovalKind;

/**
 * A key lent: who borrowed it, who approved and how, the purpose and when; once returned, when and
 * which custodian received it. The loan and its return are two entries, neither ever changed.
 */
public record KeyLoan(
    long id,
    long keyId,
    String storeCode,
    String keyCode,
    String borrowerCode,
    String approverCode,
    ApprovalKind approval,
    String purpose,
    Instant borrowedAt,
    Instant returnedAt,
    String receivedByCode) {

  public boolean out() {
    return returnedAt == null;
  }

  /** Still out at {@code moment}: borrowed before it and not returned by then. */
  public boolean outAt(Instant moment) {
    return borrowedAt.isBefore(moment) && (returnedAt == null || !returnedAt.isBefore(moment));
  }
}
