package kefu.organization;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** An employee holding a position in a store from {@code from} to {@code to} (null = open). */
public record AssignmentPeriod(
    String employeeCode, String storeCode, String position, LocalDate from, LocalDate to) {
  public AssignmentPeriod {
    Objects.requireNonNull(employeeCode, "employeeCode");
    Objects.requireNonNull(storeCode, "storeCode");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("assignment ends before it starts: " + from + ".." + to);
    }
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  public boolean overlaps(YearMonth month) {
    return !from.isAfter(month.atEndOfMonth()) && (to == null || !to.isBefore(month.atDay(1)));
  }
}
