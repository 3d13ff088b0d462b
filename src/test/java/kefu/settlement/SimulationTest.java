package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kefu.policy.Adoption;
import kefu.policy.PolicyPack;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.Test;

/** What-if comparisons without Spring: the draft in place of the adopted version, and the diff. */
class SimulationTest {

  /** ABSENCE costs 3 points instead of 2 in the draft. */
  static final PolicyPack DRAFT =
      Scenario.edited(
          "ecommerce-cs-10pt.yaml",
          "rule: { kind: POINTS_PER_UNIT, points: 2 }",
          "rule: { kind: POINTS_PER_UNIT, points: 3 }");

  static Scenario month() {
    Scenario s =
        Scenario.in("2026-10")
            .adopt(Scenario.ecommerce(), "2026-01-01")
            .staff("E001", "CS_AGENT")
            .staff("E002", "CS_AGENT")
            .staff("E003", "CS_AGENT")
            .staff("F001", "S02", "CS_AGENT");
    s.incident("ABSENCE").by("E001").on(3).repeated(2);
    s.incident("ABSENCE").by("E002").on(4);
    s.incident("ATTITUDE_COMPLAINT").by("E003").on(5);
    s.incident("ABSENCE").by("F001").at("S02").on(6);
    return s;
  }

  static MonthClose.SettledTwice settledTwice(Scenario s, PolicyPack draft) {
    SettlementInput in = s.input();
    SettlementCalculator calculator = new SettlementCalculator();
    return new MonthClose.SettledTwice(
        in.adoptions(),
        calculator.settle(in),
        calculator.settle(in.withAdoptions(Simulation.withDraft(in.adoptions(), draft))));
  }

  @Test
  void lists_only_the_employees_whose_figures_change_the_largest_change_first() {
    Scenario s = month();
    Simulation sim =
        Simulation.compare(s.input().month(), DRAFT, settledTwice(s, DRAFT), c -> true);

    assertThat(sim.changes())
        .extracting(Simulation.Change::employeeCode)
        .containsExactly("E001", "E002", "F001");
    Simulation.Change first = sim.changes().get(0);
    assertThat(first.before().pointsDeducted()).isEqualTo(Points.of("4"));
    assertThat(first.after().pointsDeducted()).isEqualTo(Points.of("6"));
    assertThat(first.after().pointsRemaining()).isEqualTo(Points.of("4"));
    assertThat(first.after().flags()).containsExactly("VERBAL_WARNING");
    assertThat(first.before().flags()).isEmpty();
    assertThat(sim.changes().get(1).pointsChange()).isEqualTo(Points.of("1"));
  }

  @Test
  void totals_cover_the_whole_selection_before_and_after() {
    Scenario s = month();
    Simulation sim =
        Simulation.compare(s.input().month(), DRAFT, settledTwice(s, DRAFT), c -> true);

    assertThat(sim.before().pointsDeducted()).isEqualTo(Points.of("9"));
    assertThat(sim.after().pointsDeducted()).isEqualTo(Points.of("13"));
    assertThat(sim.before().fineTotal()).isEqualTo(Money.ZERO);
    assertThat(sim.before().flagged()).isZero();
    assertThat(sim.after().flagged()).isEqualTo(1);
    assertThat(sim.replaces()).isEqualTo(new Simulation.Version("ecommerce-cs-10pt", 1));
  }

  @Test
  void a_store_selection_compares_and_totals_only_its_employees() {
    Scenario s = month();
    Simulation sim =
        Simulation.compare(s.input().month(), DRAFT, settledTwice(s, DRAFT), "S02"::equals);

    assertThat(sim.changes()).extracting(Simulation.Change::employeeCode).containsExactly("F001");
    assertThat(sim.before().pointsDeducted()).isEqualTo(Points.of("2"));
    assertThat(sim.after().pointsDeducted()).isEqualTo(Points.of("3"));
  }

  @Test
  void the_draft_takes_the_place_and_dates_of_every_adopted_version_of_its_pack_only() {
    Adoption own = new Adoption(Scenario.ecommerce(), java.time.LocalDate.of(2026, 1, 1), null);
    Adoption other =
        new Adoption(
            Scenario.groupCs(), java.time.LocalDate.of(2026, 2, 1), java.util.Set.of("S01"));

    List<Adoption> replaced = Simulation.withDraft(List.of(own, other), DRAFT);

    assertThat(replaced.get(0).pack()).isSameAs(DRAFT);
    assertThat(replaced.get(0).effectiveFrom()).isEqualTo(own.effectiveFrom());
    assertThat(replaced.get(0).storeCodes()).isNull();
    assertThat(replaced.get(1)).isSameAs(other);
  }

  @Test
  void a_pack_not_in_force_changes_nothing_and_replaces_no_version() {
    Scenario s = month();
    PolicyPack notAdopted = Scenario.groupCs();

    Simulation sim =
        Simulation.compare(s.input().month(), notAdopted, settledTwice(s, notAdopted), c -> true);

    assertThat(sim.changes()).isEmpty();
    assertThat(sim.replaces()).isNull();
    assertThat(sim.after()).isEqualTo(sim.before());
  }

  @Test
  void a_month_with_nothing_recorded_is_an_empty_comparison() {
    Scenario s = Scenario.in("2026-10").adopt(Scenario.ecommerce()).staff("E001", "CS_AGENT");

    Simulation sim =
        Simulation.compare(s.input().month(), DRAFT, settledTwice(s, DRAFT), c -> true);

    assertThat(sim.changes()).isEmpty();
    assertThat(sim.after()).isEqualTo(sim.before());
  }

  @Test
  void the_distribution_counts_employees_per_whole_point_remaining_before_and_after() {
    Scenario s = month();
    Simulation sim =
        Simulation.compare(s.input().month(), DRAFT, settledTwice(s, DRAFT), c -> true);

    Simulation.Distribution d = sim.distribution();
    assertThat(d.measure()).isEqualTo(Simulation.Measure.POINTS_REMAINING);
    // before: E001 6, E002 8, F001 8, E003 9; after: E001 4, E002 7, F001 7, E003 9
    assertThat(d.labels()).containsExactly("4", "5", "6", "7", "8", "9");
    assertThat(d.before()).containsExactly(0, 0, 1, 0, 2, 1);
    assertThat(d.after()).containsExactly(1, 0, 0, 2, 0, 1);
  }
}
