package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.settlement.CustomerRecords;
import org.junit.jupiter.api.Test;

/** doc 001's monthly scorecard, criterion by criterion, as the regulation words it. */
class ScorecardTest {

  static final ScorecardRules RULES = AssessmentSectionsTest.scorecard();

  static Map<String, BigDecimal> entered(int responsibility, int cooperation, int initiative) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("RESPONSIBILITY", BigDecimal.valueOf(responsibility));
    m.put("COOPERATION", BigDecimal.valueOf(cooperation));
    m.put("INITIATIVE", BigDecimal.valueOf(initiative));
    m.put("DRIVE", BigDecimal.valueOf(5));
    m.put("OBEDIENCE", BigDecimal.valueOf(5));
    m.put("ATTITUDE", BigDecimal.valueOf(10));
    return m;
  }

  static Scorecard card(int complete, int records, String teamMean, Map<String, BigDecimal> e) {
    return Scorecard.of(
        RULES,
        "A1",
        new Scorecard.Records(
            new CustomerRecords.Count(records, complete), new BigDecimal(teamMean)),
        e,
        null);
  }

  static BigDecimal score(Scorecard card, String code) {
    return card.criteria().stream()
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow()
        .score();
  }

  @Test
  void a_seat_at_59_percent_complete_gets_30() {
    Scorecard c = card(59, 100, "100", entered(10, 10, 5));
    assertThat(score(c, "COMPLETENESS")).isEqualByComparingTo("30");
    assertThat(c.criteria().get(0).evidence()).isEqualTo("59/100 = 59.0%");
  }

  @Test
  void completeness_bands_include_their_lower_edge() {
    assertThat(score(card(80, 100, "1", Map.of()), "COMPLETENESS")).isEqualByComparingTo("50");
    assertThat(score(card(60, 100, "1", Map.of()), "COMPLETENESS")).isEqualByComparingTo("40");
    assertThat(score(card(50, 100, "1", Map.of()), "COMPLETENESS")).isEqualByComparingTo("30");
    assertThat(score(card(49, 100, "1", Map.of()), "COMPLETENESS")).isEqualByComparingTo("20");
  }

  @Test
  void a_share_just_under_a_band_is_never_rounded_up_into_it() {
    // 1199 of 1500 is 79.93 %: still the 60–80 % band
    assertThat(score(card(1199, 1500, "1", Map.of()), "COMPLETENESS")).isEqualByComparingTo("40");
  }

  @Test
  void a_seat_with_no_records_is_zero_percent_complete() {
    Scorecard c = card(0, 0, "4", Map.of());
    assertThat(score(c, "COMPLETENESS")).isEqualByComparingTo("20");
    assertThat(score(c, "EFFICIENCY")).isEqualByComparingTo("0");
  }

  @Test
  void entering_at_or_above_the_team_average_earns_5_and_below_it_0() {
    assertThat(score(card(10, 10, "10", Map.of()), "EFFICIENCY")).isEqualByComparingTo("5");
    assertThat(score(card(9, 9, "10", Map.of()), "EFFICIENCY")).isEqualByComparingTo("0");
    assertThat(card(12, 12, "10.5", Map.of()).criteria().get(1).evidence())
        .isEqualTo("12 / 10.5 = 114.2%");
  }

  @Test
  void a_team_that_entered_nothing_is_met_by_everyone() {
    assertThat(score(card(0, 0, "0", Map.of()), "EFFICIENCY")).isEqualByComparingTo("5");
  }

  @Test
  void the_total_adds_every_criterion_and_the_directors_adjustment() {
    Scorecard c =
        Scorecard.of(
            RULES,
            "A1",
            new Scorecard.Records(new CustomerRecords.Count(10, 9), BigDecimal.TEN),
            entered(8, 10, 3),
            new BigDecimal("-2.5"));
    // 50 + 5 + 8 + 10 + 3 + 5 + 5 + 10 = 96, adjusted by −2.5
    assertThat(c.total()).isEqualByComparingTo("93.5");
    assertThat(c.complete()).isTrue();
  }

  @Test
  void a_card_with_an_entered_criterion_missing_has_no_total() {
    Map<String, BigDecimal> e = entered(8, 10, 3);
    e.remove("ATTITUDE");
    Scorecard c = card(9, 10, "10", e);
    assertThat(c.total()).isNull();
    assertThat(c.complete()).isFalse();
    assertThat(c.criteria().get(7).score()).isNull();
  }

  @Test
  void only_the_listed_values_may_be_entered() {
    ScorecardRules.Criterion responsibility = RULES.criterion("RESPONSIBILITY").orElseThrow();
    assertThat(responsibility.allows(new BigDecimal("8"))).isTrue();
    assertThat(responsibility.allows(new BigDecimal("8.0"))).isTrue();
    assertThat(responsibility.allows(new BigDecimal("9"))).isFalse();
  }

  static List<BigDecimal> scores(String... s) {
    return Arrays.stream(s).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  @Test
  void seventy_flags_needs_improvement_but_not_dismissal_review() {
    assertThat(RULES.flagsOf(scores("70", "60", "60"))).containsExactly("NEEDS_IMPROVEMENT");
    assertThat(RULES.flagsOf(scores("70.1"))).isEmpty();
  }

  @Test
  void three_months_under_70_flag_dismissal_review() {
    assertThat(RULES.flagsOf(scores("69.9", "50", "65")))
        .containsExactly("NEEDS_IMPROVEMENT", "DISMISSAL_REVIEW");
  }

  @Test
  void two_months_under_70_or_a_gap_in_the_three_raise_no_review() {
    assertThat(RULES.flagsOf(scores("60", "60"))).containsExactly("NEEDS_IMPROVEMENT");
    assertThat(RULES.flagsOf(scores("60", null, "60"))).containsExactly("NEEDS_IMPROVEMENT");
    assertThat(RULES.flagsOf(scores("60", "75", "60"))).containsExactly("NEEDS_IMPROVEMENT");
    assertThat(RULES.monthsLookedAt()).isEqualTo(3);
  }
}
