package kefu.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kefu.shared.Money;

/**
 * The {@code rewards} section of a pack (doc 001): for each reward type the clause it cites and how
 * its amount is found — by the event's grade, per arrival, or by the band of the contract amount.
 */
public record RewardTiers(Map<RewardType, Tier> tiers) {

  public RewardTiers {
    tiers = Map.copyOf(tiers);
  }

  /** One contract-amount band: amounts below {@code below} (null: no bound) earn {@code amount}. */
  public record Band(BigDecimal below, BigDecimal amount) {
    public Band {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * How one type is rewarded: exactly one of the grade table, the amount per arrival and the bands
   * is given, the one its type needs.
   */
  public record Tier(
      RewardType type,
      String clause,
      Map<String, BigDecimal> byGrade,
      BigDecimal perArrival,
      List<Band> bands) {
    public Tier {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(clause, "clause");
      byGrade = byGrade == null ? Map.of() : Map.copyOf(byGrade);
      bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The amount of an event graded {@code grade}; empty when the tier has no such grade. */
    public Optional<Money> forGrade(String grade) {
      return Optional.ofNullable(byGrade.get(grade)).map(Money::of);
    }

    /** The amount for {@code arrivals} invitees who arrived. */
    public Money forArrivals(int arrivals) {
      return Money.of(perArrival.multiply(BigDecimal.valueOf(arrivals)));
    }

    /** The amount of a signing of {@code contractAmount}: that of the first band it is below. */
    public Money forContract(BigDecimal contractAmount) {
      for (Band band : bands) {
        if (band.below() == null || contractAmount.compareTo(band.below()) < 0) {
          return Money.of(band.amount());
        }
      }
      throw new IllegalStateException("the last band has no bound, the reader makes sure");
    }
  }

  public Optional<Tier> tier(RewardType type) {
    return Optional.ofNullable(tiers.get(type));
  }
}
