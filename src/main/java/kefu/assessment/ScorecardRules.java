package kefu.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code scorecard} section of a pack (doc 001): the standard the criteria add up to, the posts
 * that get a card, each criterion either computed from the records (a measure scored by value
 * bands) or entered by the supervisor (one of its listed values), and the flags a score raises.
 */
public record ScorecardRules(
    String clause,
    BigDecimal standard,
    List<String> positions,
    List<Criterion> criteria,
    List<FlagRule> flags)
    implements AssessmentPacks.Cited {

  public ScorecardRules {
    positions = List.copyOf(positions);
    criteria = List.copyOf(criteria);
    flags = List.copyOf(flags);
  }

  /** What a computed criterion measures in the month's records, in percent. */
  public enum Measure {
    /** Share of the seat's customer records with every required field filled. */
    COMPLETENESS,
    /** The seat's records entered, in percent of the mean of the store's seats. */
    EFFICIENCY
  }

  /** A band of a computed criterion: from {@code atLeast} percent, the criterion scores this. */
  public record Band(BigDecimal atLeast, BigDecimal score) {}

  /**
   * One criterion: computed ({@code measure} with its {@code bands}, highest first, the last from
   * 0) or entered ({@code values}, the only scores the supervisor may give).
   */
  public record Criterion(
      String code,
      Measure measure,
      List<String> requiredFields,
      List<Band> bands,
      List<BigDecimal> values) {
    public Criterion {
      Objects.requireNonNull(code, "code");
      requiredFields = List.copyOf(requiredFields);
      bands = List.copyOf(bands);
      values = List.copyOf(values);
    }

    public boolean computed() {
      return measure != null;
    }

    /** The score of a measured percentage: that of the first band it reaches. */
    public BigDecimal scoreOf(BigDecimal percent) {
      return bands.stream()
          .filter(b -> percent.compareTo(b.atLeast()) >= 0)
          .findFirst()
          .orElse(bands.get(bands.size() - 1))
          .score();
    }

    /** Whether the supervisor may enter this score (the same number, whatever its scale). */
    public boolean allows(BigDecimal score) {
      return values.stream().anyMatch(v -> v.compareTo(score) == 0);
    }

    public BigDecimal maximum() {
      return (computed() ? bands.stream().map(Band::score) : values.stream())
          .max(BigDecimal::compareTo)
          .orElse(BigDecimal.ZERO);
    }
  }

  /**
   * A flag raised when the score is at most (or, {@code strict}, below) the threshold in this month
   * and in each of the {@code months − 1} months before it.
   */
  public record FlagRule(String flag, BigDecimal threshold, boolean strict, int months) {
    boolean reachedBy(BigDecimal score) {
      int c = score.compareTo(threshold);
      return strict ? c < 0 : c <= 0;
    }
  }

  public Optional<Criterion> criterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * The flags of a month, given its score and those of the months before it, latest first ({@code
   * recent.get(0)} is the month itself; null where a month had no complete card).
   */
  public List<String> flagsOf(List<BigDecimal> recent) {
    return flags.stream()
        .filter(
            rule ->
                recent.size() >= rule.months()
                    && recent.subList(0, rule.months()).stream()
                        .allMatch(s -> s != null && rule.reachedBy(s)))
        .map(FlagRule::flag)
        .toList();
  }

  /** How many months back {@link #flagsOf} needs, the month itself included. */
  public int monthsLookedAt() {
    return flags.stream().mapToInt(FlagRule::months).max().orElse(1);
  }
}
