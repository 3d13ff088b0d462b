package kefu.policy;

import java.util.Objects;
import kefu.shared.Points;

/**
 * Points per unit, unless the incident's minutes exceed a limit, when it counts as another type
 * instead (doc 002: a late arrival costs 0.5; more than 30 minutes late is an absence).
 */
public record ConvertedPoints(Points points, int minutesOver, String countsAs) implements Rule {
  public ConvertedPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(countsAs, "countsAs");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.CONVERSION;
  }

  @Override
  public boolean deductsPoints() {
    return true;
  }

  public boolean converts(Integer minutes) {
    return minutes != null && minutes > minutesOver;
  }

  public Points points(int quantity) {
    return points.times(quantity);
  }
}
