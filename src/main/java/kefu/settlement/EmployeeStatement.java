package kefu.settlement;

import java.math.BigDecimal;
import java.util.List;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One employee's month: the store of their latest assignment in it, the fines (the sum of the
 * lines'), the points deducted (unclipped) and remaining (null when no points scale applies to
 * them), the flags raised, and the lines; then the scorecard's score (null when none applies or the
 * card is incomplete), its flags, the ranks of that score in the store and in the group, and the
 * pay (null when nothing was earned).
 */
public record EmployeeStatement(
    String employeeCode,
    String storeCode,
    Money fineTotal,
    Points pointsDeducted,
    Points pointsRemaining,
    List<String> flags,
    List<StatementLine> lines,
    BigDecimal score,
    List<String> scoreFlags,
    Integer rankInStore,
    Integer rankInGroup,
    Pay pay) {
  public EmployeeStatement {
    flags = List.copyOf(flags);
    lines = List.copyOf(lines);
    scoreFlags = scoreFlags == null ? List.of() : List.copyOf(scoreFlags);
  }

  /** A statement of fines and points only: no score, no pay. */
  public EmployeeStatement(
      String employeeCode,
      String storeCode,
      Money fineTotal,
      Points pointsDeducted,
      Points pointsRemaining,
      List<String> flags,
      List<StatementLine> lines) {
    this(
        employeeCode,
        storeCode,
        fineTotal,
        pointsDeducted,
        pointsRemaining,
        flags,
        lines,
        null,
        List.of(),
        null,
        null,
        null);
  }

  /** The same statement with its score's ranks. */
  EmployeeStatement ranked(Integer inStore, Integer inGroup) {
    return new EmployeeStatement(
        employeeCode,
        storeCode,
        fineTotal,
        pointsDeducted,
        pointsRemaining,
        flags,
        lines,
        score,
        scoreFlags,
        inStore,
        inGroup,
        pay);
  }
}
