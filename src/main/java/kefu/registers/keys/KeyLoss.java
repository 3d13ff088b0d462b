package kefu.registers.keys;

import java.time.Instant;
import kefu.registers.ApprovalKind;
import kefu.shared.Money;

/**
 * A key reported lost: who reported it, when it was lost and how; once decided, the re-key or lock
 * change ordered, who approved it and how, when, and what it costs if stated. The report and the
 * order are two entries, neither ever changed.
 */
public record KeyLoss(
    long id,
    long keyId,
    String storeCode,
    String keyCode,
    String reportedByCode,
    Instant lostAt,
    String circumstances,
    Remedy remedy,
    String approverCode,
    ApprovalKind approval,
    Instant decidedAt,
    Money cost) {

  /** What the written approval orders for a lost key. */
  public enum Remedy {
    REKEY,
    LOCK_CHANGE
  }

  public boolean decided() {
    return remedy != null;
  }
}
