package kefu.policy;

import java.util.Collection;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Where a month's consequences go, one call per consequence; the caller groups them into statement
 * lines.
 */
@FunctionalInterface
public interface MonthLines {

  /**
   * {@code employeeCode} owes {@code fine} and loses {@code points} because of {@code cause}, in
   * {@code role} ({@link Positions#RESPONSIBLE}, a position, or {@code DEPARTMENT_MEMBER} for a
   * collective fine), for the cited incidents; {@code note} is a {@link Note} or empty.
   */
  void add(
      String employeeCode,
      Cause cause,
      String role,
      String note,
      Collection<Long> incidentIds,
      Money fine,
      Points points,
      boolean appealPending);
}
