package kefu.assessment.ladder;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A quarter's grade: the mean of its monthly scores (one decimal) and the band it reached. */
public record QuarterGrade(YearMonth firstMonth, BigDecimal mean, String grade) {

  /** The quarter's name, e.g. {@code 2026Q3}. */
  public String label() {
    return firstMonth.getYear() + "Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
  }

  /** The first month of the quarter {@code month} falls in. */
  public static YearMonth quarterOf(YearMonth month) {
    return month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
  }
}
