package kefu.settlement;

import java.util.List;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One employee's month: the store of their latest assignment in it, the fines (the sum of the
 * lines'), the points deducted (unclipped) and remaining (null when no points scale applies to
 * them), the flags raised, and the lines.
 */
public record EmployeeStatement(
    String employeeCode,
    String storeCode,
    Money fineTotal,
    Points pointsDeducted,
    Points pointsRemaining,
    List<String> flags,
    List<StatementLine> lines) {
  public EmployeeStatement {
    flags = List.copyOf(flags);
    lines = List.copyOf(lines);
  }
}
