package kefu.settlement;

import static kefu.settlement.Scenario.groupCs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Doc 000 (pack group-cs-2010) clause by clause, as SPEC §2.1 reads. */
@DisplayName("group-cs-2010: store CS daily work rules")
class GroupCs2010ScenarioTest {

  /** October 2026 with the pack adopted by every store from the 1st; nobody staffed yet. */
  static Scenario october() {
    return Scenario.in("2026-10").adopt(groupCs());
  }

  static Scenario store() {
    return october()
        .staff("E001", "CS_AGENT")
        .staff("M001", "CS_MANAGER")
        .staff("B001", "STORE_MANAGER");
  }

  static Money yuan(String amount) {
    return Money.of(amount);
  }

  @Nested
  @DisplayName("§1 callback data")
  class CallbackData {
    @Test
    void a_callback_mismatch_fines_the_agent_10_and_the_cs_manager_20() {
      Scenario s = store();
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(8);

      assertThat(s.finesOf("E001", "M001", "B001"))
          .containsExactly(yuan("10.00"), yuan("20.00"), Money.ZERO);
      StatementLine managerLine = s.statementOf("M001").lines().get(0);
      assertThat(managerLine.clause()).isEqualTo("§1");
      assertThat(managerLine.packId()).isEqualTo("group-cs-2010");
      assertThat(managerLine.note()).contains("CS_MANAGER");
    }

    @Test
    void two_mismatches_of_one_agent_make_one_line_citing_both_incidents() {
      Scenario s = store();
      s.incident("CALLBACK_RECORDING_MISMATCH").id(15).by("E001").on(20);
      s.incident("CALLBACK_RECORDING_MISMATCH").id(12).by("E001").on(8);

      StatementLine agentLine = s.statementOf("E001").lines().get(0);
      assertThat(s.statementOf("E001").lines()).hasSize(1);
      assertThat(agentLine.incidentIds()).containsExactly(12L, 15L);
      assertThat(agentLine.fine()).isEqualTo(yuan("20.00"));
      assertThat(agentLine.points()).isEqualTo(Points.ZERO);
      assertThat(agentLine.type()).isEqualTo("CALLBACK_RECORDING_MISMATCH");
      StatementLine managerLine = s.statementOf("M001").lines().get(0);
      assertThat(managerLine.incidentIds()).containsExactly(12L, 15L);
      assertThat(managerLine.fine()).isEqualTo(yuan("40.00"));
    }

    @Test
    void with_no_cs_manager_that_day_the_store_manager_pays_the_20() {
      Scenario s = october().staff("E001", "CS_AGENT").staff("B001", "STORE_MANAGER");
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(8);

      assertThat(s.finesOf("E001", "B001")).containsExactly(yuan("10.00"), yuan("20.00"));
      assertThat(s.statementOf("B001").lines().get(0).note())
          .isEqualTo(kefu.policy.Note.of("asFallback", "STORE_MANAGER", "CS_MANAGER"));
    }

    @Test
    void the_store_manager_stands_in_only_on_the_days_the_cs_post_is_empty() {
      Scenario s =
          october()
              .staff("E001", "CS_AGENT")
              .staff("B001", "STORE_MANAGER")
              .assign("M001", "S01", "CS_MANAGER", "2026-10-10", null);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(9);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(10);

      assertThat(s.finesOf("B001", "M001")).containsExactly(yuan("20.00"), yuan("20.00"));
    }

    @Test
    void a_transfer_on_the_15th_moves_the_cascade_to_the_new_manager_from_that_day() {
      Scenario s =
          october()
              .staff("E001", "CS_AGENT")
              .assign("M001", "S01", "CS_MANAGER", "2025-01-01", "2026-10-14")
              .assign("M001", "S02", "CS_MANAGER", "2026-10-15", null)
              .assign("M002", "S01", "CS_MANAGER", "2026-10-15", null);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(14);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(15);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(31);

      assertThat(s.finesOf("M001", "M002")).containsExactly(yuan("20.00"), yuan("40.00"));
      assertThat(s.statementOf("M001").storeCode()).isEqualTo("S02");
      assertThat(s.statementOf("M001").lines().get(0).incidentIds()).containsExactly(1L);
    }

    @Test
    void callback_data_missing_is_fined_per_day_and_a_whole_month_counts_30() {
      Scenario s = store();
      int wholeMonth = groupCs().type("CALLBACK_DATA_MISSING").orElseThrow().wholeMonthQuantity();
      s.incident("CALLBACK_DATA_MISSING").by("E001").on(31).times(wholeMonth);

      assertThat(wholeMonth).isEqualTo(30);
      assertThat(s.finesOf("E001", "M001")).containsExactly(yuan("300.00"), yuan("600.00"));
    }

    @Test
    void group_cs_must_spot_check_each_store_twice_a_month() {
      var quota = groupCs().clauses().get(0).quota();
      assertThat(quota.code()).isEqualTo("SPOT_CHECKS");
      assertThat(quota.atLeast()).isEqualTo(2);
      assertThat(quota.performedBy()).isEqualTo("GROUP_CS");
    }
  }

  @Nested
  @DisplayName("§2 showroom data")
  class Showroom {
    @Test
    void each_falsely_registered_or_missed_customer_fines_the_responsible_20() {
      Scenario s = store().staff("F001", "FRONT_DESK");
      s.incident("SHOWROOM_FALSE_OR_MISSED").by("F001").on(3).times(3);

      assertThat(s.finesOf("F001", "M001")).containsExactly(yuan("60.00"), Money.ZERO);
    }

    @Test
    void each_inconsistent_item_fines_the_responsible_10_and_the_cs_manager_20() {
      Scenario s = store().staff("F001", "FRONT_DESK");
      s.incident("SHOWROOM_DATA_INCONSISTENT").by("F001").on(3).times(2);

      assertThat(s.finesOf("F001", "M001")).containsExactly(yuan("20.00"), yuan("40.00"));
    }

    @Test
    void the_store_manager_stands_in_for_the_cs_manager_under_clause_1_only() {
      Scenario s = october().staff("F001", "FRONT_DESK").staff("B001", "STORE_MANAGER");
      s.incident("SHOWROOM_DATA_INCONSISTENT").by("F001").on(3);

      assertThat(s.finesOf("F001", "B001")).containsExactly(yuan("10.00"), Money.ZERO);
    }

    @Test
    void front_desk_resting_without_telling_the_manager_pays_50() {
      Scenario s = store().staff("F001", "FRONT_DESK");
      s.incident("FRONT_DESK_REST_UNNOTIFIED").by("F001").on(6);

      assertThat(s.finesOf("F001", "M001")).containsExactly(yuan("50.00"), Money.ZERO);
    }

    @Test
    void a_manager_told_of_the_rest_who_arranged_no_cover_pays_50() {
      Scenario s = store().staff("F001", "FRONT_DESK");
      s.incident("FRONT_DESK_COVER_NOT_ARRANGED").by("M001").on(6);

      assertThat(s.finesOf("M001", "F001")).containsExactly(yuan("50.00"), Money.ZERO);
    }
  }

  @Nested
  @DisplayName("§3 reports and important complaints")
  class Reports {
    @Test
    void a_late_report_fines_the_responsible_50_and_the_cs_manager_80() {
      Scenario s = store();
      s.incident("REPORT_LATE").by("E001").on(2);

      assertThat(s.finesOf("E001", "M001")).containsExactly(yuan("50.00"), yuan("80.00"));
    }

    @Test
    void a_cs_manager_responsible_for_a_late_report_pays_in_both_roles() {
      Scenario s = store();
      s.incident("REPORT_LATE").by("M001").on(2);

      assertThat(s.fineOf("M001")).isEqualTo(yuan("130.00"));
      assertThat(s.statementOf("M001").lines())
          .extracting(StatementLine::fine)
          .containsExactly(yuan("50.00"), yuan("80.00"));
    }

    @Test
    void an_important_complaint_unreported_fines_every_cs_department_member_10pct_of_own_pay() {
      Scenario s =
          store()
              .staff("F001", "FRONT_DESK")
              .staff("S001", "SUPERVISOR")
              .staff("E009", "S02", "CS_AGENT")
              .pay("E001", "3000.00")
              .pay("M001", "5000.00")
              .pay("F001", "2567.85")
              .pay("S001", "4000.00")
              .pay("B001", "9000.00")
              .pay("E009", "3000.00");
      s.incident("IMPORTANT_COMPLAINT_UNREPORTED").on(12);

      assertThat(s.finesOf("E001", "M001", "F001", "S001"))
          .containsExactly(yuan("300.00"), yuan("500.00"), yuan("256.79"), yuan("400.00"));
      assertThat(s.fineOf("B001")).as("store manager is not CS").isEqualTo(Money.ZERO);
      assertThat(s.fineOf("E009")).as("another store").isEqualTo(Money.ZERO);
      assertThat(s.statementOf("E001").lines().get(0).clause()).isEqualTo("§3");
    }

    @Test
    void the_collective_fine_reaches_only_those_in_the_department_on_the_incident_date() {
      Scenario s =
          store()
              .assign("E002", "S01", "CS_AGENT", "2026-10-13", null)
              .pay("E001", "3000.00")
              .pay("E002", "3000.00");
      s.incident("IMPORTANT_COMPLAINT_UNREPORTED").on(12);

      assertThat(s.finesOf("E001", "E002")).containsExactly(yuan("300.00"), Money.ZERO);
    }

    @Test
    void a_member_without_pay_on_record_is_charged_nothing_and_told_why() {
      Scenario s = store();
      s.incident("IMPORTANT_COMPLAINT_UNREPORTED").on(12);

      assertThat(s.fineOf("E001")).isEqualTo(Money.ZERO);
      assertThat(s.statementOf("E001").lines().get(0).note()).contains("collectiveNoPay");
    }
  }

  @Nested
  @DisplayName("§4–§7 OA tasks, mail, meetings, archives")
  class ComplianceWork {
    @Test
    void a_late_oa_task_fines_the_cs_manager_50() {
      Scenario s = store();
      s.incident("OA_TASK_LATE").on(20);

      assertThat(s.finesOf("M001", "E001")).containsExactly(yuan("50.00"), Money.ZERO);
    }

    @Test
    void a_late_manufacturer_mail_is_recorded_without_a_fine() {
      Scenario s = store();
      s.incident("MANUFACTURER_MAIL_LATE").by("E001").on(20);

      StatementLine line = s.statementOf("E001").lines().get(0);
      assertThat(line.fine()).isEqualTo(Money.ZERO);
      assertThat(line.points()).isEqualTo(Points.ZERO);
      assertThat(line.clause()).isEqualTo("§5");
      assertThat(line.note()).contains("recordOnly");
    }

    @Test
    void each_missing_meeting_fines_the_stores_cs_head_60() {
      Scenario s = store();
      s.incident("MEETING_NOT_HELD").on(31).times(2);

      assertThat(s.fineOf("M001")).isEqualTo(yuan("120.00"));
    }

    @Test
    void a_late_archive_submission_is_recorded_without_a_fine() {
      Scenario s = store();
      s.incident("ARCHIVE_LATE").by("E001").on(20);

      assertThat(s.fineOf("E001")).isEqualTo(Money.ZERO);
      assertThat(s.statementOf("E001").lines()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("adoption and versions")
  class Adoption {
    @Test
    void an_incident_before_the_adoption_date_has_no_consequence() {
      Scenario s =
          Scenario.in("2026-10")
              .adopt(groupCs(), "2026-10-15")
              .staff("E001", "CS_AGENT")
              .staff("M001", "CS_MANAGER");
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(14);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(15);

      assertThat(s.fineOf("E001")).isEqualTo(yuan("10.00"));
      assertThat(s.statementOf("E001").lines().get(0).incidentIds()).containsExactly(2L);
    }

    @Test
    void a_new_pack_version_applies_from_its_own_date_only() {
      var version2 =
          Scenario.edited(
              "group-cs-2010.yaml",
              "version: 1",
              "version: 2",
              "- { role: RESPONSIBLE, amount: 10 }\n            - { role: CS_MANAGER, amount: 20,"
                  + " fallback: STORE_MANAGER }\n      - code: CALLBACK_DATA_MISSING",
              "- { role: RESPONSIBLE, amount: 15 }\n            - { role: CS_MANAGER, amount: 25,"
                  + " fallback: STORE_MANAGER }\n      - code: CALLBACK_DATA_MISSING");
      Scenario s = store().adopt(version2, "2026-10-20");
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(19);
      s.incident("CALLBACK_RECORDING_MISMATCH").by("E001").on(20);

      assertThat(s.finesOf("E001", "M001")).containsExactly(yuan("25.00"), yuan("45.00"));
      assertThat(s.statementOf("E001").lines())
          .extracting(StatementLine::packVersion, StatementLine::incidentIds)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, List.of(1L)),
              org.assertj.core.groups.Tuple.tuple(2, List.of(2L)));
    }

    @Test
    void a_pack_adopted_for_some_stores_leaves_the_others_alone() {
      Scenario s =
          Scenario.in("2026-10")
              .adopt(groupCs(), "2026-10-01", "S02")
              .staff("E001", "CS_AGENT")
              .staff("E002", "S02", "CS_AGENT");
      s.incident("REPORT_LATE").by("E001").on(5);
      s.incident("REPORT_LATE").by("E002").at("S02").on(5);

      assertThat(s.finesOf("E001", "E002")).containsExactly(Money.ZERO, yuan("50.00"));
    }
  }

  @Nested
  @DisplayName("statements")
  class Statements {
    @Test
    void everyone_assigned_in_the_month_gets_a_statement_even_with_nothing_recorded() {
      Scenario s = store().assign("E002", "S01", "CS_AGENT", "2026-09-01", "2026-09-30");

      assertThat(s.settle())
          .extracting(EmployeeStatement::employeeCode)
          .containsExactly("B001", "E001", "M001");
      EmployeeStatement quiet = s.statementOf("E001");
      assertThat(quiet.fineTotal()).isEqualTo(Money.ZERO);
      assertThat(quiet.pointsDeducted()).isEqualTo(Points.ZERO);
      assertThat(quiet.pointsRemaining()).as("no points scale in this pack").isNull();
      assertThat(quiet.flags()).isEmpty();
      assertThat(quiet.lines()).isEmpty();
    }

    @Test
    void the_statement_is_filed_under_the_store_of_the_latest_assignment_in_the_month() {
      Scenario s =
          october()
              .assign("E001", "S01", "CS_AGENT", "2026-01-01", "2026-10-09")
              .assign("E001", "S03", "CS_AGENT", "2026-10-10", null);

      assertThat(s.statementOf("E001").storeCode()).isEqualTo("S03");
    }

    @Test
    void a_line_shows_an_appeal_pending_on_any_of_its_incidents() {
      Scenario s = store();
      s.incident("REPORT_LATE").by("E001").on(2);
      s.incident("REPORT_LATE").by("E001").on(3).underAppeal();

      assertThat(s.statementOf("E001").lines().get(0).appealPending()).isTrue();
      assertThat(s.fineOf("E001")).isEqualTo(yuan("100.00"));
    }

    @Test
    void a_late_correction_is_carried_as_its_own_line_citing_the_month_it_corrects() {
      Scenario s =
          store()
              .adjustment(
                  new Adjustment(
                      "E001",
                      Money.of("-10.00"),
                      Points.ZERO,
                      "2026-09",
                      List.of(7L, 3L),
                      "appeal upheld"));
      s.incident("REPORT_LATE").by("E001").on(2);

      EmployeeStatement statement = s.statementOf("E001");
      assertThat(statement.fineTotal()).isEqualTo(yuan("40.00"));
      StatementLine correction = statement.lines().get(statement.lines().size() - 1);
      assertThat(correction.type()).isEqualTo(StatementLine.ADJUSTMENT);
      assertThat(correction.incidentIds()).containsExactly(3L, 7L);
      assertThat(correction.note()).contains("2026-09").contains("appeal upheld");
    }

    @Test
    void incidents_dated_outside_the_month_are_left_to_their_own_month() {
      Scenario s = store();
      s.incident("REPORT_LATE").by("E001").on(2);
      SettlementInput next =
          new SettlementInput(
              java.time.YearMonth.of(2026, 11),
              s.input().assignments(),
              s.input().monthlyPay(),
              s.input().adoptions(),
              s.input().incidents(),
              null,
              null);

      assertThat(new SettlementCalculator().settle(next))
          .allSatisfy(st -> assertThat(st.fineTotal()).isEqualTo(Money.ZERO));
    }
  }
}
