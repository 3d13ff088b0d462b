package kefu.policy;

import java.util.Objects;
import kefu.shared.Points;

/** A fixed deduction per unit of the incident (doc 002: an absence costs 2). */
public record PointsPerUnit(Points points) implements Rule {
  public PointsPerUnit {
    Objects.requireNonNull(points, "points");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.POINTS_PER_UNIT;
  }

  @Override
  public boolean deductsPoints() {
    return true;
  }

  public Points points(int quantity) {
    return points.times(quantity);
  }
}
