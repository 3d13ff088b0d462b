package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Weekly evaluations and the month they make (doc 004, SPEC §8.3): each part at most its maximum, a
 * week belongs to its Monday's month, the month's score is the mean of its weeks, one decimal.
 */
public final class MonthlyEvaluation {

  private MonthlyEvaluation() {}

  /** The parts of one week's evaluation that pass their maximum (none when all are within). */
  public static List<String> aboveMaximum(EvaluationRules rules, Map<String, BigDecimal> parts) {
    return EvaluationRules.PARTS.stream()
        .filter(p -> parts.get(p) != null && parts.get(p).compareTo(rules.maximum(p)) > 0)
        .toList();
  }

  /** Whether the day is a Monday, the day a week is filed under. */
  public static boolean isWeekStart(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.MONDAY;
  }

  /** The month a week counts in: that of its Monday. */
  public static YearMonth monthOf(LocalDate monday) {
    return YearMonth.from(monday);
  }

  /** The mean of the weeks' totals, one decimal (half up); null when there is no week. */
  public static BigDecimal mean(Collection<BigDecimal> weekTotals) {
    if (weekTotals.isEmpty()) {
      return null;
    }
    BigDecimal sum = weekTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(weekTotals.size()), 1, RoundingMode.HALF_UP);
  }
}
