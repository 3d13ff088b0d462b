package kefu.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kefu.organization.AssignmentPeriod;
import kefu.policy.AssignmentLookup;

/**
 * Who held which post where and when, from the effective-dated assignments. Indexed by store and
 * position and by employee once, so each question looks at a handful of assignments, not at the
 * whole group's (a month close asks one per fined incident).
 */
final class AssignmentIndex implements AssignmentLookup {
  // Latest start first; ties broken by store and position so nothing depends on input order.
  private static final Comparator<AssignmentPeriod> LATEST_FIRST =
      Comparator.comparing(AssignmentPeriod::from)
          .thenComparing(AssignmentPeriod::storeCode)
          .thenComparing(AssignmentPeriod::position)
          .reversed();

  private record Post(String storeCode, String position) {}

  private final List<AssignmentPeriod> assignments;
  // Both indexes keep the LATEST_FIRST order of the assignments they hold.
  private final Map<Post, List<AssignmentPeriod>> byPost;
  private final Map<String, List<AssignmentPeriod>> byEmployee;

  AssignmentIndex(List<AssignmentPeriod> assignments) {
    this.assignments = assignments.stream().sorted(LATEST_FIRST).toList();
    this.byPost =
        this.assignments.stream()
            .collect(Collectors.groupingBy(a -> new Post(a.storeCode(), a.position())));
    this.byEmployee =
        this.assignments.stream().collect(Collectors.groupingBy(AssignmentPeriod::employeeCode));
  }

  @Override
  public List<String> holders(String storeCode, String position, LocalDate date) {
    return byPost.getOrDefault(new Post(storeCode, position), List.of()).stream()
        .filter(a -> a.covers(date))
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
    List<AssignmentPeriod> own = byEmployee.getOrDefault(employeeCode, List.of());
    return own.stream()
        .filter(a -> a.overlaps(month))
        .findFirst()
        .or(() -> own.stream().filter(a -> !a.from().isAfter(month.atEndOfMonth())).findFirst());
  }
}
