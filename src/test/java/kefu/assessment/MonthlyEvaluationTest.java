package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** doc 004's weekly evaluation and the month's score it makes. */
class MonthlyEvaluationTest {

  static final EvaluationRules RULES =
      AssessmentSectionsTest.appraisal().section(EvaluationRules.class).orElseThrow();

  static Map<String, BigDecimal> week(int attitude, int ability, int efficiency, int teamwork) {
    return Map.of(
        "attitude", BigDecimal.valueOf(attitude),
        "ability", BigDecimal.valueOf(ability),
        "efficiency", BigDecimal.valueOf(efficiency),
        "teamwork", BigDecimal.valueOf(teamwork));
  }

  @Test
  void full_marks_are_30_30_20_20_and_one_point_more_is_refused_on_its_part() {
    assertThat(MonthlyEvaluation.aboveMaximum(RULES, week(30, 30, 20, 20))).isEmpty();
    assertThat(MonthlyEvaluation.aboveMaximum(RULES, week(30, 31, 20, 21)))
        .containsExactly("ability", "teamwork");
  }

  @Test
  void a_week_belongs_to_its_mondays_month() {
    LocalDate monday = LocalDate.of(2026, 9, 28);
    assertThat(MonthlyEvaluation.isWeekStart(monday)).isTrue();
    assertThat(MonthlyEvaluation.isWeekStart(monday.plusDays(1))).isFalse();
    assertThat(MonthlyEvaluation.monthOf(monday)).isEqualTo(YearMonth.of(2026, 9));
  }

  @Test
  void the_months_score_is_the_mean_of_its_weeks_to_one_decimal() {
    assertThat(
            MonthlyEvaluation.mean(
                List.of(new BigDecimal("87"), new BigDecimal("80"), new BigDecimal("90"))))
        .isEqualByComparingTo("85.7");
    assertThat(MonthlyEvaluation.mean(List.of())).isNull();
  }
}
