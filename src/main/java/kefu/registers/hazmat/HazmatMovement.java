package kefu.registers.hazmat;

import java.math.BigDecimal;
import java.time.Instant;
import kefu.registers.ApprovalKind;

/**
 * One movement of a hazardous material in a store's locked storage: a receipt, a draw (by whom,
 * approved by whom) or the return of what a draw left unused (citing the draw). {@code quantity} is
 * always positive; the kind says which way it moved.
 */
public record HazmatMovement(
    long id,
    Kind kind,
    String storeCode,
    String item,
    BigDecimal quantity,
    Instant at,
    String personCode,
    String approverCode,
    ApprovalKind approval,
    Long drawId) {

  public enum Kind {
    RECEIPT,
    DRAW,
    RETURN
  }
}
