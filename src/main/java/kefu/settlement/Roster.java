package kefu.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kefu.policy.Staffing;

/** Who held which post where and when, from the effective-dated assignments. */
final class Roster implements Staffing {
  // Latest start first; ties broken by store and position so nothing depends on input order.
  private static final Comparator<AssignmentPeriod> LATEST_FIRST =
      Comparator.comparing(AssignmentPeriod::from)
          .thenComparing(AssignmentPeriod::storeCode)
          .thenComparing(AssignmentPeriod::position)
          .reversed();

  private final List<AssignmentPeriod> assignments;

  Roster(List<AssignmentPeriod> assignments) {
    this.assignments = assignments.stream().sorted(LATEST_FIRST).toList();
  }

  @Override
  public List<String> holders(String storeCode, String position, LocalDate date) {
    return assignments.stream()
        .filter(
            a -> a.storeCode().equals(storeCode) && a.position().equals(position) && a.covers(date))
        .map(AssignmentPeriod::employeeCode)
        .distinct()
        .sorted()
        .toList();
  }

  /** Everyone assigned at some time in the month. */
  List<String> employeesIn(YearMonth month) {
    return assignments.stream()
        .filter(a -> a.overlaps(month))
        .map(AssignmentPeriod::employeeCode)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * The assignment a statement is filed under: the employee's latest one within the month, else
   * their latest one started by the month's end (someone charged after leaving).
   */
  Optional<AssignmentPeriod> statementAssignment(String employeeCode, YearMonth month) {
    List<AssignmentPeriod> own =
        assignments.stream().filter(a -> a.employeeCode().equals(employeeCode)).toList();
    return own.stream()
        .filter(a -> a.overlaps(month))
        .findFirst()
        .or(() -> own.stream().filter(a -> !a.from().isAfter(month.atEndOfMonth())).findFirst());
  }
}
