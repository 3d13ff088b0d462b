package kefu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kefu.shared.Points;

/**
 * Points for a month's count of one type: the larger of count × per-occurrence points and the
 * highest tier the count reaches (SPEC §2.2 Decision). With tiers 3 → 5 and 5 → 10 and 1 per
 * occurrence, counts 1..6 give 1, 2, 5, 5, 10, 10. Each employee's count is kept per pack version.
 */
record CountTierPoints(Points perOccurrence, List<Tier> tiers) implements Rule {

  /** Reaching {@code count} in a month costs at least {@code points}. */
  record Tier(int count, Points points) {
    Tier {
      Objects.requireNonNull(points, "points");
    }
  }

  CountTierPoints {
    Objects.requireNonNull(perOccurrence, "perOccurrence");
    tiers = List.copyOf(tiers);
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "perOccurrence", "tiers");
    Points per = fields.points("perOccurrence", true);
    List<Tier> tiers = new ArrayList<>();
    for (YamlFields t : fields.objects("tiers", true)) {
      t.allowOnly("count", "points");
      Integer count = t.integer("count", true, 1);
      Points points = t.points("points", true);
      if (count == null || points == null) {
        continue;
      }
      if (!tiers.isEmpty()) {
        Tier previous = tiers.get(tiers.size() - 1);
        if (count <= previous.count()) {
          t.problem("count", "tiers must ascend: " + count + " follows " + previous.count());
          continue;
        }
        if (points.compareTo(previous.points()) < 0) {
          t.problem("points", "must not be below the previous tier's " + previous.points());
          continue;
        }
      }
      tiers.add(new Tier(count, points));
    }
    return per == null || tiers.isEmpty() ? null : new CountTierPoints(per, tiers);
  }

  @Override
  public String describe(RuleWords words) {
    String list =
        String.join(
            words.say("policy.rule.listSeparator"),
            tiers.stream()
                .map(
                    t ->
                        words.say(
                            "policy.rule.tier",
                            String.valueOf(t.count()),
                            RuleWords.number(t.points().value())))
                .toList());
    // a type that costs nothing until a tier is reached says only the tiers
    return perOccurrence.isZero()
        ? words.say("policy.rule.tiersOnly", list)
        : words.say("policy.rule.tiers", RuleWords.number(perOccurrence.value()), list);
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    month
        .employeeTally(
            kind(), cause.type(), incident, cause, employee -> new Count(employee, cause))
        .ifPresent(count -> count.incidents.add(incident));
  }

  Points monthPoints(int count) {
    Points result = perOccurrence.times(count);
    for (Tier tier : tiers) {
      if (count >= tier.count()) {
        result = result.max(tier.points());
      }
    }
    return result;
  }

  /** One employee's incidents of the type in the month. */
  private final class Count implements MonthTally {
    final String employee;
    final Cause cause;
    final List<Occurrence> incidents = new ArrayList<>();

    Count(String employee, Cause cause) {
      this.employee = employee;
      this.cause = cause;
    }

    @Override
    public void settle(MonthEvaluation month) {
      int count = incidents.stream().mapToInt(Occurrence::quantity).sum();
      month.deduct(
          employee,
          cause,
          Note.of("monthCount", count),
          incidents.stream().map(Occurrence::id).toList(),
          monthPoints(count),
          incidents.stream().anyMatch(Occurrence::appealPending));
    }
  }
}
