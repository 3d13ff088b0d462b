package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kefu.incident.IncidentLedger.LedgerRow;
import kefu.organization.AssignmentPeriod;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What must hold for any month: sums add up, and input order never matters. Each property is
 * checked on {@value #CASES_DEFAULT} months generated from a seeded {@link Random}; a failure names
 * the seed that replays it.
 */
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

  static SettlementInput input(List<LedgerRow> incidents) {
    return input(incidents, ASSIGNMENTS, ADOPTIONS);
  }

  static SettlementInput input(
      List<LedgerRow> incidents, List<AssignmentPeriod> assignments, List<Adoption> adoptions) {
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

  /** Incident types of both built-in packs, every rule kind among them. */
  static final List<String> TYPES =
      List.of(
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
          "WORK_NOT_COMPLETED");

  static final int MAX_INCIDENTS = 40;

  /**
   * A month of up to 40 incidents drawn from {@code random}: any type, person, store, day, quantity
   * 1-3, 0-60 minutes late, 0.5 or 1 discretionary points, one in four under appeal. One month in
   * ten is an edge case: empty or full.
   */
  static List<LedgerRow> month(Random random) {
    int size =
        random.nextInt(10) == 0
            ? (random.nextBoolean() ? 0 : MAX_INCIDENTS)
            : random.nextInt(MAX_INCIDENTS + 1);
    List<LedgerRow> incidents = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String type = TYPES.get(random.nextInt(TYPES.size()));
      String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
      String store = random.nextBoolean() ? "S01" : "S02";
      int day = 1 + random.nextInt(MONTH.lengthOfMonth());
      int quantity = 1 + random.nextInt(3);
      int minutes = random.nextInt(61);
      String points = random.nextBoolean() ? "0.5" : "1";
      boolean appeal = random.nextInt(4) == 0;
      incidents.add(
          new LedgerRow(
              100 + i * 7L,
              type,
              store,
              storeLevel(type) ? null : person,
              MONTH.atDay(day),
              quantity,
              type.equals("LATE_ARRIVAL") ? minutes : null,
              type.equals("WORK_NOT_COMPLETED") ? new BigDecimal(points) : null,
              appeal));
    }
    return incidents;
  }

  static boolean storeLevel(String type) {
    return Set.of("IMPORTANT_COMPLAINT_UNREPORTED", "MEETING_NOT_HELD", "OA_TASK_LATE")
        .contains(type);
  }

  // --- the properties ---------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> the_fine_total_is_the_sum_of_the_line_fines() {
    return forAll(
        (month, random) -> {
          for (EmployeeStatement statement : settle(input(month))) {
            Money sum =
                statement.lines().stream().map(StatementLine::fine).reduce(Money.ZERO, Money::plus);
            Points points =
                statement.lines().stream()
                    .map(StatementLine::points)
                    .reduce(Points.ZERO, Points::plus);
            assertThat(statement.fineTotal())
                .as("fine total of %s", statement.employeeCode())
                .isEqualTo(sum);
            assertThat(statement.pointsDeducted())
                .as("points deducted of %s", statement.employeeCode())
                .isEqualTo(points);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> remaining_points_are_the_start_less_the_deduction_never_below_0() {
    return forAll(
        (month, random) -> {
          for (EmployeeStatement statement : settle(input(month))) {
            if (statement.pointsRemaining() != null) {
              Points expected = Points.of("10").minus(statement.pointsDeducted()).max(Points.ZERO);
              assertThat(statement.pointsRemaining())
                  .as(
                      "points remaining of %s, %s deducted",
                      statement.employeeCode(), statement.pointsDeducted())
                  .isEqualTo(expected);
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> the_order_of_the_inputs_never_changes_the_statements() {
    return forAll(
        (month, random) -> {
          List<EmployeeStatement> expected = settle(input(month));
          List<LedgerRow> incidents = new ArrayList<>(month);
          List<AssignmentPeriod> assignments = new ArrayList<>(ASSIGNMENTS);
          List<Adoption> adoptions = new ArrayList<>(ADOPTIONS);
          Collections.shuffle(incidents, random);
          Collections.shuffle(assignments, random);
          Collections.shuffle(adoptions, random);

          assertThat(settle(input(incidents, assignments, adoptions)))
              .as(
                  "statements with incidents %s, assignments %s, adoptions %s",
                  ids(incidents), assignments, adoptions.stream().map(SettlementProperties::name))
              .isEqualTo(expected);
        });
  }

  @TestFactory
  Stream<DynamicTest> removing_an_incident_and_adding_it_again_restores_the_statements() {
    return forAll(
        (month, random) -> {
          List<EmployeeStatement> expected = settle(input(month));
          if (month.isEmpty()) {
            return;
          }
          List<LedgerRow> incidents = new ArrayList<>(month);
          LedgerRow removed = incidents.remove(random.nextInt(incidents.size()));
          settle(input(incidents));
          incidents.add(removed);

          assertThat(settle(input(incidents)))
              .as("statements after removing and re-adding incident %d", removed.id())
              .isEqualTo(expected);
        });
  }

  @TestFactory
  Stream<DynamicTest> everyone_assigned_in_the_month_has_exactly_one_statement() {
    return forAll(
        (month, random) ->
            assertThat(settle(input(month)))
                .extracting(EmployeeStatement::employeeCode)
                .containsExactly("B1", "B2", "E1", "E2", "E3", "M1", "M2"));
  }

  /** Guards the generator: properties over months where nothing happens would prove nothing. */
  @Test
  void the_generated_months_reach_fines_points_appeals_and_the_floor_of_the_scale() {
    assumeTrue(System.getProperty("kefu.properties.case") == null, "not when replaying one month");
    List<EmployeeStatement> all =
        caseSeeds().flatMap(seed -> settle(input(month(new Random(seed)))).stream()).toList();

    assertThat(all).as("statements with a fine").anyMatch(s -> !s.fineTotal().isZero());
    assertThat(all).as("statements with points").anyMatch(s -> !s.pointsDeducted().isZero());
    assertThat(all)
        .as("statements down to 0 points")
        .anyMatch(s -> s.pointsRemaining() != null && s.pointsRemaining().isZero());
    assertThat(all)
        .as("lines under appeal")
        .anyMatch(s -> s.lines().stream().anyMatch(StatementLine::appealPending));
  }

  // --- the runner
  // ---------------------------------------------------------------------------------

  /** How many months each property is checked on; {@code -Dkefu.properties.cases=N} for more. */
  static final int CASES_DEFAULT = 300;

  static final int CASES = Integer.getInteger("kefu.properties.cases", CASES_DEFAULT);

  /**
   * The seed of this run: random unless given as {@code -Dkefu.properties.seed=N}, so every run
   * explores new months and any of them can be replayed exactly.
   */
  static final long RUN_SEED = Long.getLong("kefu.properties.seed", new SecureRandom().nextLong());

  /** One month per seed; {@code -Dkefu.properties.case=N} replays just the month of seed N. */
  static Stream<Long> caseSeeds() {
    Long only = Long.getLong("kefu.properties.case");
    if (only != null) {
      return Stream.of(only);
    }
    Random run = new Random(RUN_SEED);
    return Stream.generate(run::nextLong).limit(CASES);
  }

  interface Check {
    void check(List<LedgerRow> month, Random random);
  }

  /**
   * The property as one dynamic test per generated month. A month and the randomness the check uses
   * (shuffles, picks) both come from the month's seed, which a failure reports.
   */
  static Stream<DynamicTest> forAll(Check property) {
    AtomicInteger number = new AtomicInteger();
    return caseSeeds()
        .map(
            seed ->
                dynamicTest(
                    "month " + number.incrementAndGet() + " (seed " + seed + ")",
                    () -> {
                      Random random = new Random(seed);
                      List<LedgerRow> month = month(random);
                      try {
                        property.check(month, random);
                      } catch (AssertionError | RuntimeException e) {
                        throw new AssertionError(replay(seed, month) + e.getMessage(), e);
                      }
                    }));
  }

  static String replay(long seed, List<LedgerRow> month) {
    StringBuilder s =
        new StringBuilder()
            .append("Falsified by the month of seed ")
            .append(seed)
            .append(" (run seed ")
            .append(RUN_SEED)
            .append("). Replay it with\n  ./mvnw test -Dtest=SettlementProperties")
            .append(" -Dkefu.properties.case=")
            .append(seed)
            .append("\nIncidents (")
            .append(month.size())
            .append("):\n");
    month.forEach(i -> s.append("  ").append(i).append('\n'));
    return s.toString();
  }

  static List<Long> ids(List<LedgerRow> incidents) {
    return incidents.stream().map(LedgerRow::id).toList();
  }

  static String name(Adoption a) {
    return a.pack().id() + "@" + a.effectiveFrom() + a.storeCodes();
  }
}
