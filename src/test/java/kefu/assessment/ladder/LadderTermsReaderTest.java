package kefu.assessment.ladder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import kefu.assessment.ladder.LadderTerms.Step;
import kefu.organization.Level;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import kefu.shared.Money;
import org.junit.jupiter.api.Test;

class LadderTermsReaderTest {

  static LadderTerms builtIn() {
    return BuiltInPacks.byId("cs-promotion-ladder")
        .orElseThrow()
        .section(LadderTerms.class)
        .orElseThrow();
  }

  private static String yaml() {
    return BuiltInPacks.yaml("cs-promotion-ladder.yaml");
  }

  private static void refused(String yaml, String... messageParts) {
    var thrown =
        assertThatThrownBy(() -> new PolicyPackParser().parse(yaml, "edited"))
            .isInstanceOf(PolicyPackInvalidException.class);
    for (String part : messageParts) {
      thrown.hasMessageContaining(part);
    }
  }

  @Test
  void the_built_in_ladder_pays_each_level_as_spec_2_5_says() {
    assertThat(builtIn().steps())
        .extracting(Step::level, Step::monthlyPay)
        .containsExactly(
            tuple(Level.TRAINEE, Money.of("1800")),
            tuple(Level.JUNIOR, Money.of("2200")),
            tuple(Level.INTERMEDIATE, Money.of("2500")),
            tuple(Level.SENIOR, Money.of("3000")),
            tuple(Level.RESERVE_SUPERVISOR, Money.of("4000")));
  }

  @Test
  void each_step_names_what_reaches_it_and_what_brings_it_down() {
    LadderTerms terms = builtIn();
    Step intermediate = terms.step(Level.INTERMEDIATE).orElseThrow();
    assertThat(intermediate.reach().monthsEmployed()).isEqualTo(3);
    assertThat(intermediate.reach().rankAverageInTop()).isTrue();
    assertThat(intermediate.reach().grades()).isEqualTo(new LadderTerms.GradeCount("A", 1, false));
    assertThat(intermediate.demotion().monthsOutsideTop())
        .isEqualTo(new LadderTerms.MonthCount(3, true));
    assertThat(intermediate.demotion().grades())
        .isEqualTo(new LadderTerms.GradeCount("B", 2, true));
    assertThat(intermediate.demotion().gradeBelow()).isEqualTo("B");
    Step senior = terms.step(Level.SENIOR).orElseThrow();
    assertThat(senior.reach().titles())
        .isEqualTo(new LadderTerms.TitleCount(Title.OUTSTANDING_CS, 1));
    assertThat(senior.reach().grades()).isEqualTo(new LadderTerms.GradeCount("A", 2, true));
    assertThat(senior.demotion().withinMonths()).isEqualTo(12);
    Step reserve = terms.step(Level.RESERVE_SUPERVISOR).orElseThrow();
    assertThat(reserve.reach().monthsEmployed()).isEqualTo(12);
    assertThat(reserve.reach().titles().count()).isEqualTo(3);
    assertThat(reserve.demotion()).isNull();
    assertThat(terms.first().reach()).isNull();
    assertThat(terms.top()).isEqualTo(3);
    assertThat(terms.averageMonths()).isEqualTo(3);
    assertThat(terms.positions()).containsExactly("CS_AGENT", "FRONT_DESK");
  }

  @Test
  void a_quarter_at_90_is_an_a_at_89_9_a_b_and_under_80_a_c() {
    LadderTerms terms = builtIn();
    assertThat(terms.grade(new BigDecimal("90.0"))).isEqualTo("A");
    assertThat(terms.grade(new BigDecimal("89.9"))).isEqualTo("B");
    assertThat(terms.grade(new BigDecimal("80"))).isEqualTo("B");
    assertThat(terms.grade(new BigDecimal("79.9"))).isEqualTo("C");
    assertThat(terms.below("C", "B")).isTrue();
    assertThat(terms.below("B", "B")).isFalse();
  }

  @Test
  void levels_out_of_ladder_order_are_refused_on_their_level() {
    String yaml =
        yaml()
            .replace("- level: SENIOR", "- level: SWAP")
            .replace("- level: INTERMEDIATE", "- level: SENIOR")
            .replace("- level: SWAP", "- level: INTERMEDIATE");
    refused(yaml, "ladder.levels", "lowest up");
  }

  @Test
  void grade_bands_must_fall_from_the_highest() {
    refused(yaml().replace("{ grade: B, atLeast: 80 }", "{ grade: B, atLeast: 95 }"), "atLeast");
  }

  @Test
  void a_step_may_not_name_a_grade_the_bands_do_not_have() {
    refused(yaml().replace("gradeBelow: B", "gradeBelow: D"), "gradeBelow", "D");
  }

  @Test
  void the_first_level_has_no_conditions() {
    refused(
        yaml()
            .replace(
                "      clause: \"§14.3\"\n    - level: JUNIOR",
                "      clause: \"§14.3\"\n      reach: { monthsEmployed: 1 }\n    - level: JUNIOR"),
        "reach",
        "first level");
  }

  @Test
  void pay_takes_two_decimals_and_unknown_fields_are_named() {
    refused(yaml().replace("monthlyPay: 2200.00", "monthlyPay: 2200.001"), "monthlyPay");
    refused(yaml().replace("monthsEmployed: 12", "monthsEmployd: 12"), "monthsEmployd");
    refused(yaml().replace("payClause: \"§14.6\"", "payClause: \"§99\""), "payClause");
  }
}
