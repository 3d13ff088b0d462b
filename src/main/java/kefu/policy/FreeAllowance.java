package kefu.policy;

import java.util.Objects;

/**
 * A monthly pool of free units shared by several types (doc 002: four adjust-rests a month, a leave
 * or a missed clock-in uses one). Units are used in time order; each unit beyond the pool counts as
 * the type {@code beyondCountsAs}.
 */
public record FreeAllowance(String allowance, int free, String beyondCountsAs) implements Rule {
  public FreeAllowance {
    Objects.requireNonNull(allowance, "allowance");
    Objects.requireNonNull(beyondCountsAs, "beyondCountsAs");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.FREE_ALLOWANCE;
  }

  @Override
  public boolean deductsPoints() {
    return true;
  }

  /** How many of {@code quantity} new units fall beyond the pool when {@code used} are gone. */
  public int beyond(int used, int quantity) {
    int freeLeft = Math.max(0, free - used);
    return Math.max(0, quantity - freeLeft);
  }
}
