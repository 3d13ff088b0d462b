package kefu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code weeklyEvaluation} section of a pack (doc 004): the maximum of each of the four parts a
 * supervisor scores every week (attitude, ability, efficiency, teamwork); the month's score is the
 * mean of its weeks' totals.
 */
public record EvaluationRules(String clause, Map<String, BigDecimal> maxima)
    implements AssessmentPacks.Cited {

  /** The parts in the order the form and the API name them. */
  public static final java.util.List<String> PARTS =
      java.util.List.of("attitude", "ability", "efficiency", "teamwork");

  public EvaluationRules {
    maxima = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(maxima));
  }

  public BigDecimal maximum(String part) {
    return maxima.get(part);
  }
}
