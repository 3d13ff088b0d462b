package kefu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kefu.shared.Points;

/**
 * A monthly pool of free units shared by several types (doc 002: four adjust-rests a month, a leave
 * or a missed clock-in uses one). Units are used in time order; each unit beyond the pool counts as
 * the type {@code beyondCountsAs}. Each employee's pool is kept per pack version.
 */
record FreeAllowance(String allowance, int free, String beyondCountsAs) implements Rule {
  FreeAllowance {
    Objects.requireNonNull(allowance, "allowance");
    Objects.requireNonNull(beyondCountsAs, "beyondCountsAs");
  }

  /** A type's rule names a pool of the pack's {@code allowances}. */
  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "allowance");
    String code = fields.code("allowance", true);
    if (code == null) {
      return null;
    }
    FreeAllowance allowance = pack.allowance(code);
    if (allowance == null) {
      fields.problem("allowance", "names no allowance of the pack's allowances: " + code);
    }
    return allowance;
  }

  @Override
  public String describe(RuleWords words) {
    return words.say(
        "policy.rule.allowance", allowance, String.valueOf(free), words.typeLabel(beyondCountsAs));
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    month
        .employeeTally(kind(), allowance, incident, cause, employee -> new Pool(employee, pack))
        .ifPresent(pool -> pool.used.add(new Used(incident, cause)));
  }

  /** How many of {@code quantity} new units fall beyond the pool when {@code used} are gone. */
  int beyond(int used, int quantity) {
    int freeLeft = Math.max(0, free - used);
    return Math.max(0, quantity - freeLeft);
  }

  private record Used(Occurrence incident, Cause cause) {}

  /** One employee's units of the pool in the month, of every type that shares it. */
  private final class Pool implements MonthTally {
    final String employee;
    final PolicyPack pack;
    final List<Used> used = new ArrayList<>();

    Pool(String employee, PolicyPack pack) {
      this.employee = employee;
      this.pack = pack;
    }

    @Override
    public void settle(MonthEvaluation month) {
      PointsPerUnit beyondRule = PointsPerUnit.of(pack, beyondCountsAs);
      String freeNote = Note.of("freeAllowance", free, allowance);
      String beyondNote = Note.of("beyondAllowance", free, allowance, beyondCountsAs);
      int usedUp = 0;
      used.sort((a, b) -> Occurrence.IN_TIME_ORDER.compare(a.incident(), b.incident()));
      for (Used unit : used) {
        Occurrence incident = unit.incident();
        int beyond = beyond(usedUp, incident.quantity());
        int freeUnits = incident.quantity() - beyond;
        usedUp += incident.quantity();
        if (freeUnits > 0) {
          month.deduct(unit.cause(), incident, freeNote, Points.ZERO);
        }
        if (beyond > 0) {
          month.deduct(unit.cause(), incident, beyondNote, beyondRule.points(beyond));
        }
      }
    }
  }
}
