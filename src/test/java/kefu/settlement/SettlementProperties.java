package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.shared.Money;
import kefu.shared.Points;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What must hold for any month: sums add up, and input order never matters. */
class SettlementProperties {
  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final PolicyPack GROUP_CS = BuiltInPacks.byId("group-cs-2010").orElseThrow();
  static final PolicyPack ECOMMERCE = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();

  /** Two stores; a manager moves from S01 to S02 on the 15th, S02 has no CS manager before. */
  static final List<AssignmentPeriod> ASSIGNMENTS =
      List.of(
          period("E1", "S01", "CS_AGENT", "2025-01-01", null),
          period("E2", "S01", "FRONT_DESK", "2025-01-01", null),
          period("E3", "S02", "CS_AGENT", "2025-01-01", "2026-10-20"),
          period("E3", "S01", "CS_AGENT", "2026-10-21", null),
          period("M1", "S01", "CS_MANAGER", "2025-01-01", "2026-10-14"),
          period("M1", "S02", "CS_MANAGER", "2026-10-15", null),
          period("M2", "S01", "CS_MANAGER", "2026-10-15", null),
          period("B1", "S01", "STORE_MANAGER", "2025-01-01", null),
          period("B2", "S02", "STORE_MANAGER", "2025-01-01", null));

  static final Map<String, Money> PAY =
      Map.of(
          "E1", Money.of("3000"),
          "E2", Money.of("2450.55"),
          "E3", Money.of("3100"),
          "M1", Money.of("5000"),
          "M2", Money.of("4800"),
          "B1", Money.of("9000"));

  static final List<Adoption> ADOPTIONS =
      List.of(
          new Adoption(GROUP_CS, LocalDate.of(2026, 10, 5), null),
          new Adoption(ECOMMERCE, LocalDate.of(2026, 9, 1), Set.of("S01")),
          new Adoption(ECOMMERCE, LocalDate.of(2026, 10, 1), Set.of("S02")));

  static final List<String> PEOPLE = List.of("E1", "E2", "E3", "M1", "M2");

  static AssignmentPeriod period(String e, String s, String p, String from, String to) {
    return new AssignmentPeriod(
        e, s, p, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  static SettlementInput input(List<IncidentFact> incidents) {
    return input(incidents, ASSIGNMENTS, ADOPTIONS);
  }

  static SettlementInput input(
      List<IncidentFact> incidents, List<AssignmentPeriod> assignments, List<Adoption> adoptions) {
    return new SettlementInput(
        MONTH,
        assignments,
        PAY,
        adoptions,
        incidents,
        Map.of("E1", List.of(Points.of("4"), Points.of("5"))),
        List.of(
            new Adjustment("E3", Money.of("-5"), Points.of("1"), "2026-09", List.of(99L), "fix")));
  }

  static List<EmployeeStatement> settle(SettlementInput in) {
    return new SettlementCalculator().settle(in);
  }

  @Provide
  Arbitrary<List<IncidentFact>> months() {
    Arbitrary<IncidentFact> incident =
        Combinators.combine(
                Arbitraries.of(
                    "CALLBACK_RECORDING_MISMATCH",
                    "CALLBACK_DATA_MISSING",
                    "SHOWROOM_DATA_INCONSISTENT",
                    "REPORT_LATE",
                    "IMPORTANT_COMPLAINT_UNREPORTED",
                    "OA_TASK_LATE",
                    "MEETING_NOT_HELD",
                    "MANUFACTURER_MAIL_LATE",
                    "LATE_ARRIVAL",
                    "ABSENCE",
                    "ABSENTEEISM",
                    "LEAVE",
                    "CLOCK_MISSED",
                    "ONLINE_STATUS_LAPSE",
                    "UNANSWERED_COMPLAINT",
                    "ATTITUDE_COMPLAINT",
                    "WORK_NOT_COMPLETED"),
                Arbitraries.of(PEOPLE),
                Arbitraries.of("S01", "S02"),
                Arbitraries.integers().between(1, 31),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 60),
                Arbitraries.of("0.5", "1"),
                Arbitraries.of(true, false, false, false))
            .as(
                (type, person, store, day, quantity, minutes, points, appeal) ->
                    new IncidentFact(
                        0,
                        type,
                        store,
                        storeLevel(type) ? null : person,
                        MONTH.atDay(day),
                        quantity,
                        type.equals("LATE_ARRIVAL") ? minutes : null,
                        type.equals("WORK_NOT_COMPLETED") ? new BigDecimal(points) : null,
                        appeal));
    return incident
        .list()
        .ofMaxSize(40)
        .map(
            list -> {
              List<IncidentFact> numbered = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                IncidentFact f = list.get(i);
                numbered.add(
                    new IncidentFact(
                        100 + i * 7L,
                        f.type(),
                        f.storeCode(),
                        f.employeeCode(),
                        f.occurredOn(),
                        f.quantity(),
                        f.minutes(),
                        f.points(),
                        f.appealPending()));
              }
              return numbered;
            });
  }

  static boolean storeLevel(String type) {
    return Set.of("IMPORTANT_COMPLAINT_UNREPORTED", "MEETING_NOT_HELD", "OA_TASK_LATE")
        .contains(type);
  }

  @Property
  void the_fine_total_is_the_sum_of_the_line_fines(@ForAll("months") List<IncidentFact> month) {
    for (EmployeeStatement statement : settle(input(month))) {
      Money sum =
          statement.lines().stream().map(StatementLine::fine).reduce(Money.ZERO, Money::plus);
      Points points =
          statement.lines().stream().map(StatementLine::points).reduce(Points.ZERO, Points::plus);
      assertThat(statement.fineTotal()).isEqualTo(sum);
      assertThat(statement.pointsDeducted()).isEqualTo(points);
    }
  }

  @Property
  void remaining_points_are_the_start_less_the_deduction_never_below_0(
      @ForAll("months") List<IncidentFact> month) {
    for (EmployeeStatement statement : settle(input(month))) {
      if (statement.pointsRemaining() != null) {
        Points expected = Points.of("10").minus(statement.pointsDeducted()).max(Points.ZERO);
        assertThat(statement.pointsRemaining()).isEqualTo(expected);
      }
    }
  }

  @Property
  void the_order_of_the_inputs_never_changes_the_statements(
      @ForAll("months") List<IncidentFact> month, @ForAll Random random) {
    List<EmployeeStatement> expected = settle(input(month));
    List<IncidentFact> incidents = new ArrayList<>(month);
    List<AssignmentPeriod> assignments = new ArrayList<>(ASSIGNMENTS);
    List<Adoption> adoptions = new ArrayList<>(ADOPTIONS);
    Collections.shuffle(incidents, random);
    Collections.shuffle(assignments, random);
    Collections.shuffle(adoptions, random);

    assertThat(settle(input(incidents, assignments, adoptions))).isEqualTo(expected);
  }

  @Property
  void removing_an_incident_and_adding_it_again_restores_the_statements(
      @ForAll("months") List<IncidentFact> month, @ForAll Random random) {
    List<EmployeeStatement> expected = settle(input(month));
    if (month.isEmpty()) {
      return;
    }
    List<IncidentFact> incidents = new ArrayList<>(month);
    IncidentFact removed = incidents.remove(random.nextInt(incidents.size()));
    settle(input(incidents));
    incidents.add(removed);

    assertThat(settle(input(incidents))).isEqualTo(expected);
  }

  @Property
  void everyone_assigned_in_the_month_has_exactly_one_statement(
      @ForAll("months") List<IncidentFact> month) {
    assertThat(settle(input(month)))
        .extracting(EmployeeStatement::employeeCode)
        .containsExactly("B1", "B2", "E1", "E2", "E3", "M1", "M2");
  }
}
