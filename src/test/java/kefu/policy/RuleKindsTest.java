package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kefu.policy.Occurrences.Amount;
import kefu.policy.Occurrences.Made;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule kind on its own, with figures made up for the test (not a regulation's). */
class RuleKindsTest {
  static final LocalDate DAY = LocalDate.of(2026, 10, 8);

  /** An incident at store S1 on {@link #DAY}. */
  static Occurrence occurrence(String employeeCode, int quantity) {
    return new Made(1, "T", employeeCode, DAY, Amount.units(quantity));
  }

  /** A store where the given position → holders pairs hold on every day. */
  static AssignmentLookup lookup(Map<String, List<String>> holders) {
    return (store, position, date) -> holders.getOrDefault(position, List.of());
  }

  @Nested
  class FinePerUnitRule {
    final FinePerUnit rule =
        new FinePerUnit(
            List.of(
                new FinePerUnit.RoleAmount(Positions.RESPONSIBLE, Money.of("7.50"), null),
                new FinePerUnit.RoleAmount("CS_MANAGER", Money.of("11"), "STORE_MANAGER")));

    @Test
    void the_quantity_multiplies_every_amount() {
      List<Charge> charges =
          rule.charges(occurrence("E1", 3), lookup(Map.of("CS_MANAGER", List.of("M1"))));

      assertThat(charges)
          .extracting(Charge::employeeCode, Charge::role, Charge::fine)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("E1", "RESPONSIBLE", Money.of("22.50")),
              org.assertj.core.groups.Tuple.tuple("M1", "CS_MANAGER", Money.of("33.00")));
    }

    @Test
    void the_fallback_post_pays_when_nobody_holds_the_role() {
      List<Charge> charges =
          rule.charges(occurrence("E1", 1), lookup(Map.of("STORE_MANAGER", List.of("B1"))));

      assertThat(charges).extracting(Charge::employeeCode).containsExactly("E1", "B1");
      assertThat(charges.get(1).role()).isEqualTo("STORE_MANAGER");
    }

    @Test
    void every_holder_of_a_shared_post_pays() {
      List<Charge> charges =
          rule.charges(
              occurrence("E1", 1),
              lookup(Map.of("CS_MANAGER", List.of("M1", "M2"), "STORE_MANAGER", List.of("B1"))));

      assertThat(charges).extracting(Charge::employeeCode).containsExactly("E1", "M1", "M2");
    }

    @Test
    void a_store_level_incident_charges_only_the_posts() {
      List<Charge> charges = rule.charges(occurrence(null, 1), lookup(Map.of()));

      assertThat(charges).isEmpty();
      assertThat(rule.employeeProblem(EmployeeRequirement.OPTIONAL)).isNotNull();
    }
  }

  @Nested
  class CollectiveFineRule {
    final CollectiveFine rule =
        new CollectiveFine(new BigDecimal("12.5"), List.of("CS_AGENT", "FRONT_DESK"));

    @Test
    void each_member_pays_the_share_of_their_own_pay_rounded_to_the_fen() {
      List<Charge> charges =
          rule.charges(
              occurrence(null, 1),
              lookup(Map.of("CS_AGENT", List.of("A1"), "FRONT_DESK", List.of("F1"))),
              Map.of("A1", Money.of("3333.33"), "F1", Money.of("2000"))::get);

      assertThat(charges)
          .extracting(Charge::employeeCode, Charge::fine)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("A1", Money.of("416.67")),
              org.assertj.core.groups.Tuple.tuple("F1", Money.of("250.00")));
    }
  }

  @Test
  void points_per_unit_multiply_by_the_quantity() {
    assertThat(new PointsPerUnit(Points.of("2")).points(3)).isEqualTo(Points.of("6"));
  }

  @Test
  void count_tiers_take_the_larger_of_the_count_and_the_highest_tier_reached() {
    CountTierPoints rule =
        new CountTierPoints(
            Points.of("1.5"),
            List.of(
                new CountTierPoints.Tier(2, Points.of("4")),
                new CountTierPoints.Tier(4, Points.of("7"))));

    assertThat(List.of(0, 1, 2, 3, 4, 5, 6))
        .extracting(rule::monthPoints)
        .containsExactly(
            Points.of("0"),
            Points.of("1.5"),
            Points.of("4"),
            Points.of("4.5"),
            Points.of("7"),
            Points.of("7.5"),
            Points.of("9"));
  }

  @Test
  void a_free_allowance_counts_only_the_units_beyond_the_pool() {
    FreeAllowance pool = new FreeAllowance("REST", 2, "ABSENCE");

    assertThat(pool.beyond(0, 1)).isZero();
    assertThat(pool.beyond(1, 3)).isEqualTo(2);
    assertThat(pool.beyond(5, 1)).isEqualTo(1);
  }

  @Test
  void a_conversion_applies_only_strictly_over_the_limit() {
    ConvertedPoints rule = new ConvertedPoints(Points.of("0.5"), 20, "ABSENCE");

    assertThat(rule.converts(20)).isFalse();
    assertThat(rule.converts(21)).isTrue();
    assertThat(rule.converts(null)).isFalse();
    assertThat(rule.points(2)).isEqualTo(Points.of("1"));
  }

  @Test
  void discretionary_points_accept_only_the_range() {
    DiscretionaryPoints rule = new DiscretionaryPoints(Points.of("1"), Points.of("3"));

    assertThat(rule.accepts(new BigDecimal("1"))).isTrue();
    assertThat(rule.accepts(new BigDecimal("3.0"))).isTrue();
    assertThat(rule.accepts(new BigDecimal("0.9"))).isFalse();
    assertThat(rule.accepts(new BigDecimal("3.1"))).isFalse();
    assertThat(rule.accepts(null)).isFalse();
    assertThat(rule.points(new BigDecimal("1.5"), 2)).isEqualTo(Points.of("3"));
  }

  @Test
  void record_only_has_no_consequence() {
    assertThat(new RecordOnly().employeeProblem(EmployeeRequirement.NONE)).isNull();
    assertThat(new RecordOnly().kind()).isEqualTo(RuleKind.RECORD_ONLY);
  }

  @Nested
  class Scale {
    final PointsScale scale =
        new PointsScale(
            Points.of("20"),
            Points.of("1"),
            List.of("CS_AGENT"),
            List.of(
                new PointsScale.Threshold(Points.of("12"), "WATCH"),
                new PointsScale.Threshold(Points.of("6"), "ACT")),
            List.of(new PointsScale.Streak(Points.of("12"), 2, "TREND")));

    @Test
    void remaining_is_clipped_at_the_floor() {
      assertThat(scale.remaining(Points.of("3.5"))).isEqualTo(Points.of("16.5"));
      assertThat(scale.remaining(Points.of("30"))).isEqualTo(Points.of("1"));
    }

    @Test
    void the_lowest_threshold_reached_replaces_the_higher_ones() {
      assertThat(scale.flags(Points.of("12.5"), List.of())).isEmpty();
      assertThat(scale.flags(Points.of("12"), List.of())).containsExactly("WATCH");
      assertThat(scale.flags(Points.of("6"), List.of())).containsExactly("ACT");
    }

    @Test
    void a_streak_needs_the_months_just_before_without_a_gap() {
      assertThat(scale.flags(Points.of("12"), List.of(Points.of("11")))).contains("TREND");
      assertThat(scale.flags(Points.of("12"), List.of(Points.of("13")))).doesNotContain("TREND");
      assertThat(scale.flags(Points.of("13"), List.of(Points.of("11")))).isEmpty();
      assertThat(scale.flags(Points.of("12"), List.of())).doesNotContain("TREND");
    }

    @Test
    void a_scale_covers_only_its_positions() {
      assertThat(scale.covers("CS_AGENT")).isTrue();
      assertThat(scale.covers("STORE_MANAGER")).isFalse();
    }
  }
}
