package kefu.policy;

import java.math.BigDecimal;
import java.util.Objects;
import kefu.shared.Points;

/**
 * Points chosen by a supervisor on the incident within a range (doc 002: an unfinished day's work
 * costs 0.5 to 1); anything outside the range is refused when the incident is recorded.
 */
public record DiscretionaryPoints(Points min, Points max) implements Rule {
  public DiscretionaryPoints {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.DISCRETIONARY_POINTS;
  }

  @Override
  public boolean deductsPoints() {
    return true;
  }

  public boolean accepts(BigDecimal chosen) {
    return chosen != null
        && chosen.compareTo(min.value()) >= 0
        && chosen.compareTo(max.value()) <= 0;
  }

  public Points points(BigDecimal chosen, int quantity) {
    return Points.of(chosen).times(quantity);
  }
}
