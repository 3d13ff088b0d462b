package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What holds for the annual grades of any team (ADR 0004: seeded {@link Random}, a failure names
 * its seed): shares within the bounds for every size from 1, equal scores always the same grade,
 * and the order the team comes in never matters.
 */
class AnnualGradingProperties {

  static final GradeRules RULES = AnnualGradingTest.RULES;
  static final int CASES = 400;

  /** A team of 1–60 whose scores often tie: one decimal, drawn from a narrow range. */
  static List<AnnualGrading.AnnualScore> team(Random random) {
    int n = 1 + random.nextInt(60);
    int spread = 1 + random.nextInt(300);
    List<AnnualGrading.AnnualScore> team = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal score = BigDecimal.valueOf(1000 - random.nextInt(spread), 1);
      team.add(new AnnualGrading.AnnualScore("E" + i, score));
    }
    return team;
  }

  static Stream<DynamicTest> forEveryTeam(String what, java.util.function.Consumer<Random> check) {
    long base = new Random().nextLong();
    return IntStream.range(0, CASES)
        .mapToObj(
            i -> {
              long seed = base + i;
              return dynamicTest(
                  what + " (seed " + seed + ")", () -> check.accept(new Random(seed)));
            });
  }

  @TestFactory
  Stream<DynamicTest> grade_shares_stay_within_the_bounds_for_any_team_size() {
    return forEveryTeam(
        "shares",
        random -> {
          List<AnnualGrading.AnnualScore> team = team(random);
          Map<String, Grade> grades = AnnualGrading.grade(RULES, team);
          int n = team.size();
          long excellent = grades.values().stream().filter(g -> g == Grade.EXCELLENT).count();
          long fail = grades.values().stream().filter(g -> g == Grade.FAIL).count();
          assertThat(grades).hasSize(n);
          assertThat(excellent * 100).isLessThanOrEqualTo(20L * n);
          assertThat(fail * 100).isGreaterThanOrEqualTo(5L * n);
          assertThat(AnnualGrading.keepsDistribution(RULES, grades.values())).isTrue();
        });
  }

  @TestFactory
  Stream<DynamicTest> equal_scores_get_equal_grades_and_higher_scores_never_a_lower_one() {
    return forEveryTeam(
        "ties",
        random -> {
          List<AnnualGrading.AnnualScore> team = team(random);
          Map<String, Grade> grades = AnnualGrading.grade(RULES, team);
          for (AnnualGrading.AnnualScore a : team) {
            for (AnnualGrading.AnnualScore b : team) {
              int c = a.score().compareTo(b.score());
              if (c == 0) {
                assertThat(grades.get(a.employeeCode())).isEqualTo(grades.get(b.employeeCode()));
              } else if (c > 0) {
                assertThat(grades.get(a.employeeCode()).ordinal())
                    .isLessThanOrEqualTo(grades.get(b.employeeCode()).ordinal());
              }
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> the_order_a_team_comes_in_never_changes_a_grade() {
    return forEveryTeam(
        "order",
        random -> {
          List<AnnualGrading.AnnualScore> team = team(random);
          List<AnnualGrading.AnnualScore> shuffled = new ArrayList<>(team);
          Collections.shuffle(shuffled, random);
          assertThat(AnnualGrading.grade(RULES, shuffled))
              .containsExactlyInAnyOrderEntriesOf(AnnualGrading.grade(RULES, team));
        });
  }
}
