package kefu.registers.keys;

import java.time.Instant;
import java.util.List;
import kefu.registers.ApprovalKind;

/**
 * A sealed key opened in an emergency: approved by a store manager or executive, witnessed by two
 * CS-department employees other than the approver and a named guard, with the seal number found
 * before; its closing records when and the new seal put on.
 */
public record EmergencyOpening(
    long id,
    long keyId,
    String storeCode,
    String keyCode,
    String approverCode,
    ApprovalKind approval,
    List<String> witnessCodes,
    String guardName,
    String reason,
    Instant openedAt,
    String sealBefore,
    Instant closedAt,
    String sealAfter) {

  public EmergencyOpening {
    witnessCodes = List.copyOf(witnessCodes);
  }

  /** The same opening with its witnesses, as read from their own rows. */
  EmergencyOpening witnessedBy(List<String> codes) {
    return new EmergencyOpening(
        id,
        keyId,
        storeCode,
        keyCode,
        approverCode,
        approval,
        codes,
        guardName,
        reason,
        openedAt,
        sealBefore,
        closedAt,
        sealAfter);
  }

  public boolean closed() {
    return closedAt != null;
  }
}
