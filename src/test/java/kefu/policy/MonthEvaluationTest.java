package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kefu.policy.Occurrences.Amount;
import kefu.policy.Occurrences.Made;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.Test;

/** Each rule kind evaluating a month, with figures made up for the test (not a regulation's). */
class MonthEvaluationTest {
  /**
   * A pack with one type per rule kind, its figures made up (month-pack.yaml beside this class).
   */
  static final PolicyPack PACK =
      new PolicyPackParser().parse(resource("month-pack.yaml"), "month.yaml");

  static String resource(String name) {
    try (InputStream in = MonthEvaluationTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Line(
      String employee,
      String type,
      String role,
      String note,
      List<Long> ids,
      Money fine,
      Points points) {}

  final List<Line> lines = new ArrayList<>();
  final MonthEvaluation month =
      new MonthEvaluation(
          (store, position, date) ->
              Map.of("STORE_MANAGER", List.of("B1"), "CS_AGENT", List.of("A1", "A2"))
                  .getOrDefault(position, List.of()),
          Map.of("A1", Money.of("3000"))::get,
          (String employee,
              Cause cause,
              String role,
              String note,
              Collection<Long> ids,
              Money fine,
              Points points,
              boolean appeal) ->
              lines.add(
                  new Line(employee, cause.type(), role, note, List.copyOf(ids), fine, points)));

  static Occurrence incident(long id, String type, String employee, int day, int quantity) {
    return new Made(id, type, employee, LocalDate.of(2026, 10, day), Amount.units(quantity));
  }

  void apply(Occurrence... incidents) {
    for (Occurrence incident : incidents) {
      month.apply(PACK, incident);
    }
    month.finish();
  }

  @Test
  void a_shared_pool_is_used_in_time_order_and_the_units_beyond_it_count_as_another_type() {
    apply(
        incident(1, "LEAVE", "E1", 3, 1),
        incident(2, "CLOCK", "E1", 5, 1),
        incident(3, "LEAVE", "E1", 9, 2));

    assertThat(lines)
        .extracting(Line::type, Line::note, Line::ids, Line::points)
        .containsExactlyInAnyOrder(
            tuple("LEAVE", "note.freeAllowance|2|REST", List.of(1L), Points.ZERO),
            tuple("CLOCK", "note.freeAllowance|2|REST", List.of(2L), Points.ZERO),
            tuple("LEAVE", "note.beyondAllowance|2|REST|ABSENT", List.of(3L), Points.of("6")));
  }

  @Test
  void a_count_with_tiers_makes_one_line_per_employee_at_the_months_end() {
    apply(
        incident(1, "RUDE", "E1", 3, 1),
        incident(2, "RUDE", "E1", 4, 2),
        incident(3, "RUDE", "E2", 4, 1));

    assertThat(lines)
        .extracting(Line::employee, Line::note, Line::ids, Line::points)
        .containsExactlyInAnyOrder(
            tuple("E1", "note.monthCount|3", List.of(1L, 2L), Points.of("6")),
            tuple("E2", "note.monthCount|1", List.of(3L), Points.of("1")));
  }

  @Test
  void a_conversion_over_the_limit_costs_the_other_types_points() {
    LocalDate day = LocalDate.of(2026, 10, 3);
    apply(
        new Made(1, "LATE", "E1", day, new Amount(2, 20, null)),
        new Made(2, "LATE", "E1", day, new Amount(1, 21, null)));

    assertThat(lines)
        .extracting(Line::note, Line::points)
        .containsExactly(
            tuple("", Points.of("1")), tuple("note.converted|20|ABSENT", Points.of("3")));
  }

  @Test
  void discretionary_points_outside_the_range_cost_nothing_and_say_why() {
    LocalDate day = LocalDate.of(2026, 10, 3);
    apply(
        new Made(1, "UNDONE", "E1", day, new Amount(2, null, new BigDecimal("1.5"))),
        new Made(2, "UNDONE", "E1", day, new Amount(1, null, new BigDecimal("2.5"))));

    assertThat(lines)
        .extracting(Line::note, Line::points)
        .containsExactly(tuple("", Points.of("3")), tuple("note.pointsOutOfRange", Points.ZERO));
  }

  @Test
  void fines_go_to_the_posts_and_record_only_incidents_to_the_named_employee() {
    apply(
        incident(1, "MISSED", null, 3, 2),
        incident(2, "NOTE", "E1", 3, 1),
        incident(3, "NOTE", null, 3, 1),
        incident(4, "HIDDEN", null, 3, 1));

    assertThat(lines)
        .extracting(Line::employee, Line::type, Line::role, Line::fine)
        .containsExactly(
            tuple("B1", "MISSED", "STORE_MANAGER", Money.of("30")),
            tuple("E1", "NOTE", "RESPONSIBLE", Money.ZERO),
            tuple("A1", "HIDDEN", "DEPARTMENT_MEMBER", Money.of("300")),
            tuple("A2", "HIDDEN", "DEPARTMENT_MEMBER", Money.ZERO));
  }

  @Test
  void points_rules_give_nothing_for_an_incident_naming_nobody() {
    apply(
        incident(1, "ABSENT", null, 3, 1),
        incident(2, "RUDE", null, 3, 1),
        incident(3, "LEAVE", null, 3, 1));

    assertThat(lines).isEmpty();
  }
}
