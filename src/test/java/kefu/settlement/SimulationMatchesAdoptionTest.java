package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.LocalizedText;
import kefu.policy.NewAdoption;
import kefu.policy.NewCopy;
import kefu.policy.PackVersion;
import kefu.policy.PolicyPacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A what-if shows exactly what adopting would do: for generated months of incidents and generated
 * drafts, the simulation's "as adopted" figures are the real close before adopting the draft, and
 * its "with the draft" figures are the real close after adopting it. Each case has its own copy of
 * the 10-point pack, adopted for S03 only, and its own month; the class has a database of its own.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:simulation-vs-adoption;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class SimulationMatchesAdoptionTest {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);
  static final String STORE = "S03";
  static final List<String> EMPLOYEES = List.of("E301", "E302", "E303", "E304");
  static final List<String> TYPES =
      List.of(
          "ABSENCE",
          "ABSENTEEISM",
          "ATTITUDE_COMPLAINT",
          "UNANSWERED_COMPLAINT",
          "ONLINE_STATUS_LAPSE",
          "LEAVE",
          "CLOCK_MISSED");

  @Autowired PolicyPacks packs;
  @Autowired RecordIncident recorder;
  @Autowired MonthClose close;
  @Autowired MonthSimulation simulation;

  @Test
  void the_simulation_equals_the_real_close_before_and_after_adopting_the_draft() {
    // Latest months first, two apart: a case's adoptions (from the last day of the month before
    // its own) come after every earlier case's month, so no case's pack takes over another's.
    int changed = 0;
    for (int seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      YearMonth month = YearMonth.of(2026, 13 - 2 * seed);
      String packId = "whatif-" + seed;
      PackVersion copy =
          packs.copy(
              ADMIN,
              new NewCopy(
                  "ecommerce-cs-10pt", null, packId, new LocalizedText("试算" + seed, "What-if")));
      LocalDate before = month.minusMonths(1).atEndOfMonth();
      packs.adopt(ADMIN, new NewAdoption(packId, 1, before, Set.of(STORE)));
      record(month, random);
      String draft = draft(copy.yaml(), random);

      Simulation simulated =
          simulation.simulate(
              ADMIN, new MonthSimulation.Order(packId, null, draft, month, List.of(STORE)));
      close.compute(ADMIN, month);
      Map<String, Simulation.Figures> adopted = figures(month);
      packs.saveNextVersion(ADMIN, packId, draft);
      packs.adopt(ADMIN, new NewAdoption(packId, 2, month.atDay(1), Set.of(STORE)));
      close.compute(ADMIN, month);
      Map<String, Simulation.Figures> afterAdopting = figures(month);

      Map<String, Simulation.Change> changes =
          simulated.changes().stream()
              .collect(Collectors.toMap(Simulation.Change::employeeCode, Function.identity()));
      for (String employee : EMPLOYEES) {
        Simulation.Change change = changes.get(employee);
        String why = "seed " + seed + ", " + employee;
        if (change == null) {
          assertThat(afterAdopting.get(employee)).as(why).isEqualTo(adopted.get(employee));
        } else {
          assertThat(change.before()).as(why).isEqualTo(adopted.get(employee));
          assertThat(change.after()).as(why).isEqualTo(afterAdopting.get(employee));
        }
      }
      assertThat(simulated.replaces()).isEqualTo(new Simulation.Version(packId, 1));
      changed += changes.size();
    }
    assertThat(changed).as("the generated drafts change someone's figures").isPositive();
  }

  private void record(YearMonth month, Random random) {
    for (String employee : EMPLOYEES) {
      int count = random.nextInt(9);
      for (int i = 0; i < count; i++) {
        int day = 1 + random.nextInt(month.lengthOfMonth());
        recorder.record(
            ADMIN,
            new RecordIncident.Params(
                TYPES.get(random.nextInt(TYPES.size())),
                STORE,
                employee,
                month.atDay(day).atTime(10, 0).atOffset(ZoneOffset.ofHours(8)),
                1,
                null,
                null,
                null));
      }
    }
  }

  /** The pack with its figures changed at random, as an administrator might try. */
  private static String draft(String yaml, Random random) {
    return yaml.replace(
            "rule: { kind: POINTS_PER_UNIT, points: 2 }",
            "rule: { kind: POINTS_PER_UNIT, points: " + (1 + random.nextInt(4)) + " }")
        .replace(
            "rule: { kind: POINTS_PER_UNIT, points: 5 }",
            "rule: { kind: POINTS_PER_UNIT, points: " + (3 + random.nextInt(5)) + " }")
        .replace(
            "- { count: 3, points: 5 }", "- { count: 3, points: " + (2 + random.nextInt(6)) + " }")
        .replace(
            "- { atMost: 5, flag: VERBAL_WARNING }",
            "- { atMost: " + (4 + random.nextInt(3)) + ", flag: VERBAL_WARNING }")
        .replace("    free: 4", "    free: " + (2 + random.nextInt(4)));
  }

  private Map<String, Simulation.Figures> figures(YearMonth month) {
    return close.get(ADMIN, month).statements().stream()
        .filter(s -> STORE.equals(s.storeCode()))
        .collect(Collectors.toMap(EmployeeStatement::employeeCode, Simulation.Figures::of));
  }
}
