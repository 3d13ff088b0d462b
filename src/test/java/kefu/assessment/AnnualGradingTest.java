package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §8.3's forced distribution of the annual grades, with its ties. */
class AnnualGradingTest {

  static final GradeRules RULES =
      AssessmentSectionsTest.appraisal().section(GradeRules.class).orElseThrow();

  static List<AnnualGrading.AnnualScore> team(String... scores) {
    List<AnnualGrading.AnnualScore> team = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      team.add(new AnnualGrading.AnnualScore("E" + (10 + i), new BigDecimal(scores[i])));
    }
    return team;
  }

  @Test
  void forced_distribution_never_exceeds_20_percent_excellent() {
    // ten people: ⌊20 % × 10⌋ = 2 excellent, ⌈5 % × 10⌉ = 1 fail
    Map<String, Grade> g =
        AnnualGrading.grade(
            RULES, team("99", "95", "93", "90", "86", "85", "84", "80", "70", "60"));
    assertThat(g)
        .containsEntry("E10", Grade.EXCELLENT)
        .containsEntry("E11", Grade.EXCELLENT)
        .containsEntry("E12", Grade.GOOD)
        .containsEntry("E15", Grade.GOOD)
        .containsEntry("E16", Grade.PASS)
        .containsEntry("E18", Grade.PASS)
        .containsEntry("E19", Grade.FAIL);
  }

  @Test
  void a_tie_at_the_excellent_line_drops_everyone_in_it() {
    Map<String, Grade> g =
        AnnualGrading.grade(
            RULES, team("99", "95", "95", "90", "86", "85", "84", "80", "70", "60"));
    assertThat(g.get("E10")).isEqualTo(Grade.EXCELLENT);
    assertThat(g.get("E11")).isEqualTo(Grade.GOOD);
    assertThat(g.get("E12")).isEqualTo(Grade.GOOD);
  }

  @Test
  void a_tie_at_the_fail_line_fails_everyone_in_it() {
    Map<String, Grade> g =
        AnnualGrading.grade(
            RULES, team("99", "95", "93", "90", "86", "85", "84", "80", "60", "60"));
    assertThat(g.get("E18")).isEqualTo(Grade.FAIL);
    assertThat(g.get("E19")).isEqualTo(Grade.FAIL);
    assertThat(g.get("E17")).isEqualTo(Grade.PASS);
  }

  @Test
  void a_team_of_one_fails_since_at_least_one_in_twenty_must() {
    assertThat(AnnualGrading.grade(RULES, team("98"))).containsEntry("E10", Grade.FAIL);
  }

  @Test
  void an_override_to_a_third_excellent_of_ten_breaks_the_distribution() {
    List<Grade> two = List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.FAIL);
    List<Grade> many = new ArrayList<>(two);
    for (int i = 0; i < 6; i++) {
      many.add(Grade.PASS);
    }
    assertThat(AnnualGrading.keepsDistribution(RULES, many)).isTrue();
    many.set(2, Grade.EXCELLENT);
    assertThat(AnnualGrading.keepsDistribution(RULES, many)).isFalse();
    many.set(2, Grade.GOOD);
    many.set(3, Grade.PASS);
    assertThat(AnnualGrading.keepsDistribution(RULES, many)).isFalse();
  }
}
