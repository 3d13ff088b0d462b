package kefu.policy;

import java.util.List;
import java.util.Objects;
import kefu.shared.Points;

/**
 * Points for a month's count of one type: the larger of count × per-occurrence points and the
 * highest tier the count reaches (SPEC §2.2 Decision). With tiers 3 → 5 and 5 → 10 and 1 per
 * occurrence, counts 1..6 give 1, 2, 5, 5, 10, 10.
 */
public record CountTierPoints(Points perOccurrence, List<Tier> tiers) implements Rule {

  /** Reaching {@code count} in a month costs at least {@code points}. */
  public record Tier(int count, Points points) {
    public Tier {
      Objects.requireNonNull(points, "points");
    }
  }

  public CountTierPoints {
    Objects.requireNonNull(perOccurrence, "perOccurrence");
    tiers = List.copyOf(tiers);
  }

  @Override
  public RuleKind kind() {
    return RuleKind.COUNT_TIERS;
  }

  @Override
  public boolean deductsPoints() {
    return true;
  }

  public Points monthPoints(int count) {
    Points result = perOccurrence.times(count);
    for (Tier tier : tiers) {
      if (count >= tier.count()) {
        result = result.max(tier.points());
      }
    }
    return result;
  }
}
