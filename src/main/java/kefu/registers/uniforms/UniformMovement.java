package kefu.registers.uniforms;

import java.time.LocalDate;
import kefu.registers.ApprovalKind;

/**
 * One movement of the uniform stock: a receipt (an accepted delivery, citing its plan if any), an
 * issue to an employee on an approved requisition, or a scrap on approval. {@code quantity} is
 * positive; the kind says which way it moved.
 */
public record UniformMovement(
    long id,
    Kind kind,
    String item,
    String size,
    int quantity,
    LocalDate on,
    String employeeCode,
    String approverCode,
    ApprovalKind approval,
    String note,
    Long planId) {

  public enum Kind {
    RECEIPT,
    ISSUE,
    SCRAP
  }
}
