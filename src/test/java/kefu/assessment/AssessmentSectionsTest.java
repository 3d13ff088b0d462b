package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

/** The built-in packs' assessment sections, and what an edited copy gets wrong, by line. */
class AssessmentSectionsTest {

  static final String CALLCENTER = BuiltInPacks.yaml("callcenter-100.yaml");
  static final String APPRAISAL = BuiltInPacks.yaml("cs-appraisal-uniform.yaml");

  static ScorecardRules scorecard() {
    return BuiltInPacks.byId("callcenter-100")
        .orElseThrow()
        .section(ScorecardRules.class)
        .orElseThrow();
  }

  static PolicyPack appraisal() {
    return BuiltInPacks.byId("cs-appraisal-uniform").orElseThrow();
  }

  static void refused(String yaml, String... messageParts) {
    var thrown =
        assertThatThrownBy(() -> new PolicyPackParser().parse(yaml, "edited"))
            .isInstanceOf(PolicyPackInvalidException.class);
    for (String part : messageParts) {
      thrown.hasMessageContaining(part);
    }
  }

  @Test
  void the_callcenter_scorecard_has_eight_criteria_adding_up_to_its_standard_of_100() {
    ScorecardRules rules = scorecard();
    assertThat(rules.clause()).isEqualTo("§SCORE");
    assertThat(rules.standard()).isEqualByComparingTo("100");
    assertThat(rules.criteria())
        .extracting(ScorecardRules.Criterion::code)
        .containsExactly(
            "COMPLETENESS",
            "EFFICIENCY",
            "RESPONSIBILITY",
            "COOPERATION",
            "INITIATIVE",
            "DRIVE",
            "OBEDIENCE",
            "ATTITUDE");
    assertThat(rules.criteria().stream().filter(ScorecardRules.Criterion::computed))
        .extracting(ScorecardRules.Criterion::code)
        .containsExactly("COMPLETENESS", "EFFICIENCY");
    assertThat(rules.criterion("COOPERATION").orElseThrow().values())
        .extracting(BigDecimal::intValue)
        .containsExactly(10, 8, 5, 0);
  }

  @Test
  void seventy_or_less_needs_improvement_and_under_seventy_three_months_goes_to_review() {
    assertThat(scorecard().flags())
        .extracting(
            ScorecardRules.FlagRule::flag,
            r -> r.threshold().intValue(),
            ScorecardRules.FlagRule::strict,
            ScorecardRules.FlagRule::months)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NEEDS_IMPROVEMENT", 70, false, 1),
            org.assertj.core.groups.Tuple.tuple("DISMISSAL_REVIEW", 70, true, 3));
  }

  @Test
  void the_appraisal_pack_scores_attitude_30_ability_30_efficiency_20_teamwork_20() {
    EvaluationRules rules = appraisal().section(EvaluationRules.class).orElseThrow();
    assertThat(rules.clause()).isEqualTo("§EVAL");
    assertThat(rules.maxima())
        .containsExactly(
            java.util.Map.entry("attitude", new BigDecimal("30")),
            java.util.Map.entry("ability", new BigDecimal("30")),
            java.util.Map.entry("efficiency", new BigDecimal("20")),
            java.util.Map.entry("teamwork", new BigDecimal("20")));
  }

  @Test
  void
      the_appraisal_pack_grades_at_most_20_percent_excellent_at_least_5_percent_fail_good_from_85() {
    GradeRules rules = appraisal().section(GradeRules.class).orElseThrow();
    assertThat(rules.excellentTopPercent()).isEqualByComparingTo("20");
    assertThat(rules.failBottomPercent()).isEqualByComparingTo("5");
    assertThat(rules.goodFrom()).isEqualByComparingTo("85");
  }

  @Test
  void an_entered_value_list_that_no_longer_adds_up_to_the_standard_is_refused() {
    refused(
        CALLCENTER.replace("{ code: DRIVE, values: [5, 0] }", "{ code: DRIVE, values: [6, 0] }"),
        "scorecard.criteria",
        "add up to 101");
  }

  @Test
  void bands_out_of_order_or_without_a_floor_are_refused_on_their_field() {
    refused(
        CALLCENTER.replace("{ atLeast: 50, score: 30 }", "{ atLeast: 65, score: 30 }"),
        "scorecard.criteria[0].bands[2].atLeast",
        "highest percentage down");
    refused(
        CALLCENTER.replace("{ atLeast: 0, score: 0 }", "{ atLeast: 10, score: 0 }"),
        "scorecard.criteria[1].bands",
        "start at 0");
  }

  @Test
  void an_unknown_record_field_or_measure_is_refused_with_its_line() {
    refused(
        CALLCENTER.replace(
            "[customerName, customerPhone, reportedData]", "[customerName, shoeSize]"),
        "line ",
        "scorecard.criteria[0].requiredFields[1]",
        "shoeSize");
    refused(
        CALLCENTER.replace("measure: EFFICIENCY", "measure: SPEED"),
        "scorecard.criteria[1].measure",
        "SPEED");
  }

  @Test
  void a_flag_needs_exactly_one_threshold() {
    refused(
        CALLCENTER.replace(
            "{ flag: DISMISSAL_REVIEW, below: 70, months: 3 }",
            "{ flag: DISMISSAL_REVIEW, below: 70, atMost: 70, months: 3 }"),
        "scorecard.flags[1]",
        "exactly one");
  }

  @Test
  void an_evaluation_part_missing_or_zero_is_refused() {
    refused(APPRAISAL.replace(", teamwork: 20 }", " }"), "weeklyEvaluation.maxima.teamwork");
    refused(
        APPRAISAL.replace("efficiency: 20,", "efficiency: 0,"),
        "weeklyEvaluation.maxima.efficiency",
        "above 0");
  }

  @Test
  void grade_shares_that_pass_100_together_or_a_clause_the_pack_lacks_are_refused() {
    refused(
        APPRAISAL.replace("failBottomPercent: 5", "failBottomPercent: 85"),
        "annualGrades.failBottomPercent");
    refused(APPRAISAL.replace("clause: \"§GRADE\"", "clause: \"§9\""), "annualGrades.clause", "§9");
  }
}
