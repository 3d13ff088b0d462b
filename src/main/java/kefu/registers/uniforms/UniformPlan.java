package kefu.registers.uniforms;

import java.time.LocalDate;
import kefu.registers.ApprovalKind;
import kefu.shared.Money;

/**
 * A procurement plan (style, quantity, colour, material, budget); an executive approves or rejects
 * it, and only an approved plan's delivery is accepted into stock.
 */
public record UniformPlan(
    long id,
    String item,
    String size,
    String style,
    String colour,
    String material,
    int quantity,
    Money budget,
    Boolean approved,
    String approverCode,
    ApprovalKind approval,
    LocalDate decidedOn,
    int accepted) {

  public String status() {
    if (approved == null) {
      return "PROPOSED";
    }
    if (!approved) {
      return "REJECTED";
    }
    return accepted > 0 ? "ACCEPTED" : "APPROVED";
  }
}
