package kefu.settlement;

import static kefu.settlement.Scenario.ecommerce;
import static kefu.settlement.Scenario.groupCs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doc 002 variants 1/2 (pack ecommerce-cs-10pt), as SPEC §2.2 and its Decisions read. */
@DisplayName("ecommerce-cs-10pt: the 10-point scale")
class EcommerceCs10ptScenarioTest {

  /** An agent and a store manager at S01 in October 2026, the pack adopted from the 1st. */
  static Scenario team() {
    return Scenario.in("2026-10")
        .adopt(ecommerce())
        .staff("E001", "CS_AGENT")
        .staff("B001", "STORE_MANAGER");
  }

  static Points pts(String value) {
    return Points.of(value);
  }

  /** The first of E001's statement lines that costs points. */
  static StatementLine firstCostlyLine(Scenario s) {
    return s.statementOf("E001").lines().stream()
        .filter(l -> !l.points().isZero())
        .findFirst()
        .orElseThrow();
  }

  /** E001's points of the month: how many were deducted, and how many of the 10 remain. */
  static void assertDeductedAndRemaining(Scenario s, String deducted, String remaining) {
    assertThat(s.deductedOf("E001")).isEqualTo(pts(deducted));
    assertThat(s.remainingOf("E001")).isEqualTo(pts(remaining));
  }

  @Nested
  @DisplayName("§5.2 attendance")
  class Attendance {
    @Test
    void each_late_arrival_costs_half_a_point() {
      Scenario s = team();
      s.incident("LATE_ARRIVAL").by("E001").on(3).minutes(5);
      s.incident("LATE_ARRIVAL").by("E001").on(4).minutes(30);
      s.incident("LATE_ARRIVAL").by("E001").on(5).minutes(12);

      assertDeductedAndRemaining(s, "1.5", "8.5");
      assertThat(s.statementOf("E001").lines()).hasSize(1);
      assertThat(s.statementOf("E001").lines().get(0).clause()).isEqualTo("§5.2");
    }

    @Test
    void a_31_minute_late_arrival_is_an_absence() {
      Scenario s = team();
      s.incident("LATE_ARRIVAL").by("E001").on(3).minutes(31);
      s.incident("LATE_ARRIVAL").by("E001").on(4).minutes(30);

      assertThat(s.deductedOf("E001")).isEqualTo(pts("2.5"));
      StatementLine converted =
          s.statementOf("E001").lines().stream()
              .filter(l -> l.note().contains("ABSENCE"))
              .findFirst()
              .orElseThrow();
      assertThat(converted.type()).isEqualTo("LATE_ARRIVAL");
      assertThat(converted.incidentIds()).containsExactly(1L);
      assertThat(converted.points()).isEqualTo(pts("2"));
    }

    @Test
    void an_absence_costs_2_and_absenteeism_5() {
      Scenario s = team();
      s.incident("ABSENCE").by("E001").on(3);
      s.incident("ABSENTEEISM").by("E001").on(9);

      assertDeductedAndRemaining(s, "7", "3");
    }

    @Test
    void four_adjust_rests_a_month_are_free() {
      Scenario s = team().incident("LEAVE").by("E001").on(2).repeated(4);

      assertThat(s.deductedOf("E001")).isEqualTo(Points.ZERO);
      assertThat(s.remainingOf("E001")).isEqualTo(pts("10"));
      assertThat(s.statementOf("E001").lines().get(0).incidentIds())
          .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void the_fifth_adjust_rest_counts_as_an_absence() {
      Scenario s = team().incident("LEAVE").by("E001").on(2).repeated(5);

      assertThat(s.deductedOf("E001")).isEqualTo(pts("2"));
      StatementLine beyond = firstCostlyLine(s);
      assertThat(beyond.incidentIds()).containsExactly(5L);
      assertThat(beyond.note()).contains("ABSENCE");
    }

    @Test
    void a_clock_missed_counts_toward_the_four_free_adjust_rests() {
      Scenario s = team();
      s.incident("LEAVE").by("E001").on(2).repeated(3);
      s.incident("CLOCK_MISSED").by("E001").on(20);
      s.incident("CLOCK_MISSED").by("E001").on(10);

      assertThat(s.deductedOf("E001")).isEqualTo(pts("2"));
      StatementLine beyond = firstCostlyLine(s);
      assertThat(beyond.type()).isEqualTo("CLOCK_MISSED");
      assertThat(beyond.clause()).isEqualTo("§5.1");
      assertThat(beyond.incidentIds()).as("the later one is the fifth").containsExactly(4L);
    }

    @Test
    void adjust_rests_on_the_same_day_are_used_in_id_order() {
      Scenario s = team();
      s.incident("CLOCK_MISSED").id(9).by("E001").on(5);
      s.incident("LEAVE").id(8).by("E001").on(5).times(4);

      StatementLine beyond = firstCostlyLine(s);
      assertThat(beyond.incidentIds()).containsExactly(9L);
    }
  }

  @Nested
  @DisplayName("§5.4–§5.6 monthly counts")
  class MonthlyCounts {
    @ParameterizedTest(name = "{0} attitude complaints cost {1}")
    @CsvSource({"1, 1", "2, 2", "3, 5", "4, 5", "5, 10", "6, 10"})
    void attitude_complaints_1_to_6_give_1_2_5_5_10_10(int count, String points) {
      Scenario s = team().incident("ATTITUDE_COMPLAINT").by("E001").on(1).repeated(count);

      assertThat(s.deductedOf("E001")).isEqualTo(pts(points));
      assertThat(s.statementOf("E001").lines()).hasSize(1);
      assertThat(s.statementOf("E001").lines().get(0).incidentIds()).hasSize(count);
    }

    @ParameterizedTest(name = "{0} online-status lapses cost {1}")
    @CsvSource({"1, 0", "2, 0", "3, 5", "4, 5", "6, 5"})
    void online_status_lapses_2_give_0_3_give_5_6_give_5(int count, String points) {
      Scenario s = team().incident("ONLINE_STATUS_LAPSE").by("E001").on(1).repeated(count);

      assertThat(s.deductedOf("E001")).isEqualTo(pts(points));
    }

    @ParameterizedTest(name = "{0} unanswered complaints cost {1}")
    @CsvSource({"2, 0", "3, 5", "4, 5", "5, 10", "7, 10"})
    void unanswered_complaints_3_give_5_and_5_give_10(int count, String points) {
      Scenario s = team().incident("UNANSWERED_COMPLAINT").by("E001").on(1).repeated(count);

      assertThat(s.deductedOf("E001")).isEqualTo(pts(points));
    }

    @Test
    void counts_are_per_employee() {
      Scenario s = team().staff("E002", "CS_AGENT");
      s.incident("ATTITUDE_COMPLAINT").by("E001").on(1).repeated(2);
      s.incident("ATTITUDE_COMPLAINT").by("E002").on(1);

      assertThat(s.deductedOf("E001")).isEqualTo(pts("2"));
      assertThat(s.deductedOf("E002")).isEqualTo(pts("1"));
    }
  }

  @Nested
  @DisplayName("§5.7 unfinished work")
  class UnfinishedWork {
    @Test
    void the_supervisor_chooses_half_a_point_to_one_point() {
      Scenario s = team();
      s.incident("WORK_NOT_COMPLETED").by("E001").on(3).points("0.5");
      s.incident("WORK_NOT_COMPLETED").by("E001").on(4).points("1");

      assertThat(s.deductedOf("E001")).isEqualTo(pts("1.5"));
    }
  }

  @Nested
  @DisplayName("§5 thresholds and streaks")
  class Flags {
    @Test
    void remaining_above_5_raises_no_flag() {
      Scenario s = team();
      s.incident("LATE_ARRIVAL").by("E001").on(3).minutes(1).times(9);

      assertThat(s.remainingOf("E001")).isEqualTo(pts("5.5"));
      assertThat(s.statementOf("E001").flags()).isEmpty();
    }

    @Test
    void remaining_at_most_5_warns() {
      Scenario s = team();
      s.incident("ABSENTEEISM").by("E001").on(3);

      assertThat(s.remainingOf("E001")).isEqualTo(pts("5"));
      assertThat(s.statementOf("E001").flags()).containsExactly("VERBAL_WARNING");
    }

    @Test
    void remaining_at_most_2_penalises_instead_of_warning() {
      Scenario s = team();
      s.incident("ABSENTEEISM").by("E001").on(3);
      s.incident("ABSENCE").by("E001").on(4);
      s.incident("ATTITUDE_COMPLAINT").by("E001").on(5);

      assertThat(s.remainingOf("E001")).isEqualTo(pts("2"));
      assertThat(s.statementOf("E001").flags()).containsExactly("PENALTY");
    }

    @Test
    void three_months_at_most_5_in_a_row_is_a_severe_penalty() {
      Scenario s = team().previously("E001", "5", "4.5");
      s.incident("ABSENTEEISM").by("E001").on(3);

      assertThat(s.statementOf("E001").flags()).containsExactly("VERBAL_WARNING", "SEVERE_PENALTY");
    }

    @Test
    void a_month_above_5_breaks_the_streak() {
      Scenario s = team().previously("E001", "5", "6", "3");
      s.incident("ABSENTEEISM").by("E001").on(3);

      assertThat(s.statementOf("E001").flags()).containsExactly("VERBAL_WARNING");
    }

    @Test
    void a_month_without_a_remainder_breaks_the_streak() {
      Scenario s = team().previously("E001", "5", null, "3");
      s.incident("ABSENTEEISM").by("E001").on(3);

      assertThat(s.statementOf("E001").flags()).containsExactly("VERBAL_WARNING");
    }

    @Test
    void remaining_never_shows_below_0_but_the_deduction_is_kept() {
      Scenario s = team();
      s.incident("ABSENTEEISM").by("E001").on(3).times(2);
      s.incident("ABSENCE").by("E001").on(4);

      assertDeductedAndRemaining(s, "12", "0");
      assertThat(s.statementOf("E001").flags()).containsExactly("PENALTY");
    }
  }

  @Nested
  @DisplayName("who the scale covers")
  class Coverage {
    @Test
    void a_cs_employee_with_nothing_recorded_keeps_all_10() {
      Scenario s = team();

      assertThat(s.remainingOf("E001")).isEqualTo(pts("10"));
      assertThat(s.deductedOf("E001")).isEqualTo(Points.ZERO);
    }

    @Test
    void a_store_manager_is_not_on_the_cs_scale() {
      assertThat(team().remainingOf("B001")).isNull();
    }

    @Test
    void the_scale_applies_to_a_store_only_from_its_adoption_month() {
      Scenario s =
          Scenario.in("2026-10").adopt(ecommerce(), "2026-11-01").staff("E001", "CS_AGENT");

      assertThat(s.remainingOf("E001")).isNull();
    }

    @Test
    void an_incident_before_the_adoption_date_has_no_consequence() {
      Scenario s =
          Scenario.in("2026-10").adopt(ecommerce(), "2026-10-10").staff("E001", "CS_AGENT");
      s.incident("ABSENCE").by("E001").on(9);
      s.incident("ABSENCE").by("E001").on(10);

      assertDeductedAndRemaining(s, "2", "8");
    }

    @Test
    void a_new_version_changes_amounts_from_its_own_date_only() {
      var version2 =
          Scenario.edited(
              "ecommerce-cs-10pt.yaml",
              "version: 1",
              "version: 2",
              "{ kind: POINTS_PER_UNIT, points: 2 }",
              "{ kind: POINTS_PER_UNIT, points: 3 }");
      Scenario s = team().adopt(version2, "2026-10-16");
      s.incident("ABSENCE").by("E001").on(15);
      s.incident("ABSENCE").by("E001").on(16);

      assertThat(s.deductedOf("E001")).isEqualTo(pts("5"));
    }

    @Test
    void fines_and_points_from_two_packs_meet_on_one_statement() {
      Scenario s = team().adopt(groupCs(), "2026-10-01").staff("M001", "CS_MANAGER");
      s.incident("REPORT_LATE").by("E001").on(2);
      s.incident("LATE_ARRIVAL").by("E001").on(3).minutes(3);

      EmployeeStatement statement = s.statementOf("E001");
      assertThat(statement.fineTotal()).isEqualTo(Money.of("50.00"));
      assertThat(statement.pointsDeducted()).isEqualTo(pts("0.5"));
      assertThat(statement.pointsRemaining()).isEqualTo(pts("9.5"));
      assertThat(statement.lines())
          .extracting(StatementLine::packId)
          .containsExactly("ecommerce-cs-10pt", "group-cs-2010");
    }

    @Test
    void a_late_correction_of_points_counts_in_this_month() {
      Scenario s =
          team()
              .adjustment(
                  new Adjustment(
                      "E001", Money.ZERO, pts("2"), "2026-09", List.of(4L), "absence found late"));

      assertDeductedAndRemaining(s, "2", "8");
    }
  }
}
