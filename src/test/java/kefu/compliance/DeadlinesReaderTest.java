package kefu.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalTime;
import java.util.List;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

/** The deadlines section, read by its own reader with the parser's line-and-field problems. */
class DeadlinesReaderTest {
  final PolicyPackParser parser = new PolicyPackParser();

  /** A pack with one clause, one type and two deadlines; tests point at these line numbers. */
  static final String PACK =
      """
      id: due-pack
      version: 1
      title: { zh: 期限, en: Deadlines }
      clauses:
        - number: "§3"
          summary: { zh: 报表, en: Reports }
          types:
            - code: REPORT_LATE
              label: { zh: 迟交, en: Late }
              unit: REPORT
              employee: OPTIONAL
              rule: { kind: RECORD_ONLY }
      deadlines:
        - code: WEEKLY
          clause: "§3"
          label: { zh: 周报, en: Weekly }
          period: WEEK
          daysAfterPeriodEnd: 2
          at: "23:59:59"
          incidentType: REPORT_LATE
        - code: TASK
          clause: "§3"
          label: { zh: 任务, en: Task }
          period: TASK
          notice:
            tiers:
              - { allowedDaysAtMost: 3, daysBefore: 1 }
            otherwiseDaysBefore: 4
      """;

  List<PackProblem> problems(String yaml) {
    return catchThrowableOfType(
            PolicyPackInvalidException.class, () -> parser.parse(yaml, "test.yaml"))
        .problems();
  }

  @Test
  void the_pack_answers_its_deadlines_by_the_sections_type() {
    PolicyPack pack = parser.parse(PACK, "test.yaml");

    Deadlines deadlines = pack.section(Deadlines.class).orElseThrow();
    assertThat(deadlines.all()).extracting(Deadline::code).containsExactly("WEEKLY", "TASK");
    assertThat(deadlines.byCode("WEEKLY").orElseThrow().at()).isEqualTo(LocalTime.of(23, 59, 59));
    assertThat(deadlines.byCode("TASK").orElseThrow().notice().daysNeeded(10)).isEqualTo(4);
  }

  @Test
  void a_pack_without_deadlines_has_no_such_section() {
    String yaml = PACK.substring(0, PACK.indexOf("deadlines:"));

    assertThat(parser.parse(yaml, "test.yaml").section(Deadlines.class)).isEmpty();
  }

  @Test
  void references_to_a_missing_clause_or_type_name_their_line_and_field() {
    List<PackProblem> problems =
        problems(
            PACK.replace(
                    "clause: \"§3\"\n    label: { zh: 周报", "clause: \"§9\"\n    label: { zh: 周报")
                .replace("incidentType: REPORT_LATE", "incidentType: REPORT_LOST"));

    assertThat(problems)
        .extracting(PackProblem::line, PackProblem::field, PackProblem::message)
        .containsExactly(
            tuple(15, "deadlines[0].clause", "names no clause of this pack: §9"),
            tuple(20, "deadlines[0].incidentType", "names no incident type of this pack"));
  }

  @Test
  void a_task_deadline_carries_its_own_due_time() {
    List<PackProblem> problems =
        problems(PACK.replace("period: TASK", "period: TASK\n    at: \"12:00\""));

    assertThat(problems)
        .extracting(PackProblem::line, PackProblem::field)
        .containsExactly(tuple(21, "deadlines[1]"));
  }

  @Test
  void repeated_codes_misspelt_fields_and_descending_tiers_are_each_reported() {
    List<PackProblem> problems =
        problems(
            PACK.replace("code: TASK", "code: WEEKLY")
                .replace("otherwiseDaysBefore", "otherwiseDays")
                .replace(
                    "- { allowedDaysAtMost: 3, daysBefore: 1 }",
                    "- { allowedDaysAtMost: 3, daysBefore: 1 }\n        - { allowedDaysAtMost: 2, daysBefore: 1 }"));

    assertThat(problems)
        .extracting(PackProblem::field)
        .containsExactly(
            "deadlines[1].code",
            "deadlines[1].notice.tiers[1].allowedDaysAtMost",
            "deadlines[1].notice.otherwiseDays");
  }
}
