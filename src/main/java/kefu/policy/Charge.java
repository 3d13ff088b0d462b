package kefu.policy;

import java.util.Objects;
import kefu.shared.Money;

/**
 * A fine one person owes for one incident, and the role they are charged in ({@link
 * Positions#RESPONSIBLE}, a position code, or {@code DEPARTMENT_MEMBER} for a collective fine).
 */
record Charge(String employeeCode, String role, Money fine, String note) {
  public Charge {
    Objects.requireNonNull(employeeCode, "employeeCode");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(fine, "fine");
    Objects.requireNonNull(note, "note");
  }
}
