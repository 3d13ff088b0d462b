package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the ledger asks before it saves an incident (API.md: 400/422 with the reason). */
class IncidentCheckTest {
  final PolicyPack groupCs = BuiltInPacks.byId("group-cs-2010").orElseThrow();
  final PolicyPack ecommerce = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();

  static IncidentDraft draft(String type, String employee, int quantity) {
    return new IncidentDraft(type, employee, quantity, null, null);
  }

  @Test
  void a_complete_incident_has_no_problems() {
    assertThat(groupCs.check(draft("CALLBACK_RECORDING_MISMATCH", "E001", 1))).isEmpty();
    assertThat(groupCs.check(draft("IMPORTANT_COMPLAINT_UNREPORTED", null, 1))).isEmpty();
    assertThat(groupCs.check(draft("OA_TASK_LATE", "M001", 1))).isEmpty();
    assertThat(groupCs.check(draft("OA_TASK_LATE", null, 1))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an unknown type is refused               | LATE_ARRIVAL                   | E001 | 1 | UNKNOWN_TYPE
          a store-level incident names no employee | IMPORTANT_COMPLAINT_UNREPORTED | E001 | 1 | EMPLOYEE_NOT_ALLOWED
          the quantity is at least one             | CALLBACK_DATA_MISSING          | E001 | 0 | QUANTITY_BELOW_ONE
          """)
  void a_draft_with_one_fault_names_that_problem(
      String behaviour, String type, String employee, int quantity, String problem) {
    assertThat(problems(groupCs, draft(type, employee, quantity))).containsExactly(problem);
  }

  @Test
  void the_responsible_employee_is_required_where_the_rule_charges_them() {
    assertThat(groupCs.check(draft("REPORT_LATE", null, 1)))
        .extracting(IncidentProblem::code, IncidentProblem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(IncidentProblem.EMPLOYEE_REQUIRED, "employeeCode"));
  }

  @Test
  void a_late_arrival_needs_its_minutes() {
    assertThat(problems(ecommerce, draft("LATE_ARRIVAL", "E001", 1)))
        .containsExactly(IncidentProblem.MINUTES_REQUIRED);
    assertThat(problems(ecommerce, new IncidentDraft("LATE_ARRIVAL", "E001", 1, -1, null)))
        .containsExactly(IncidentProblem.MINUTES_NEGATIVE);
    assertThat(ecommerce.check(new IncidentDraft("LATE_ARRIVAL", "E001", 1, 31, null))).isEmpty();
    assertThat(problems(ecommerce, new IncidentDraft("ABSENCE", "E001", 1, 31, null)))
        .containsExactly(IncidentProblem.MINUTES_NOT_ALLOWED);
  }

  @Test
  void unfinished_work_needs_points_from_half_to_one() {
    assertThat(problems(ecommerce, draft("WORK_NOT_COMPLETED", "E001", 1)))
        .containsExactly(IncidentProblem.POINTS_REQUIRED);
    assertThat(points("0.4")).containsExactly(IncidentProblem.POINTS_OUT_OF_RANGE);
    assertThat(points("1.5")).containsExactly(IncidentProblem.POINTS_OUT_OF_RANGE);
    assertThat(points("0.5")).isEmpty();
    assertThat(points("1")).isEmpty();
    assertThat(
            problems(ecommerce, new IncidentDraft("ABSENCE", "E001", 1, null, new BigDecimal("1"))))
        .containsExactly(IncidentProblem.POINTS_NOT_ALLOWED);
  }

  private List<String> points(String value) {
    return problems(
        ecommerce, new IncidentDraft("WORK_NOT_COMPLETED", "E001", 1, null, new BigDecimal(value)));
  }

  /** The codes of the problems the pack finds with the draft. */
  private static List<String> problems(PolicyPack pack, IncidentDraft draft) {
    return pack.check(draft).stream().map(IncidentProblem::code).toList();
  }
}
