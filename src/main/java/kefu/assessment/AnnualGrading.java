package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forced distribution of the annual grades (SPEC §8.3): sorted by annual score, highest first,
 * EXCELLENT for the top ⌊X % × n⌋ and FAIL for the bottom ⌈Y % × n⌉, the rest GOOD from the pack's
 * line, else PASS. A tie at the EXCELLENT line drops everyone in it (never above X %); a tie at the
 * FAIL line fails everyone in it (never below Y %); someone in both fails.
 */
public final class AnnualGrading {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AnnualGrading() {}

  /** One employee's annual score: the mean of the year's monthly scores. */
  public record AnnualScore(String employeeCode, BigDecimal score) {}

  /** At most this many may be EXCELLENT among {@code n}. */
  public static int excellentAtMost(GradeRules rules, int n) {
    return share(rules.excellentTopPercent(), n, RoundingMode.FLOOR);
  }

  /** At least this many must FAIL among {@code n}. */
  public static int failAtLeast(GradeRules rules, int n) {
    return share(rules.failBottomPercent(), n, RoundingMode.CEILING);
  }

  private static int share(BigDecimal percent, int n, RoundingMode mode) {
    return percent.multiply(BigDecimal.valueOf(n)).divide(HUNDRED, 0, mode).intValueExact();
  }

  /** The grades of a team, in the order of their annual scores, highest first. */
  public static Map<String, Grade> grade(GradeRules rules, Collection<AnnualScore> scores) {
    List<AnnualScore> sorted =
        scores.stream()
            .sorted(
                Comparator.comparing(AnnualScore::score)
                    .reversed()
                    .thenComparing(AnnualScore::employeeCode))
            .toList();
    int n = sorted.size();
    int excellent = excellentAtMost(rules, n);
    if (excellent > 0
        && excellent < n
        && sorted.get(excellent - 1).score().compareTo(sorted.get(excellent).score()) == 0) {
      BigDecimal tie = sorted.get(excellent).score();
      excellent = (int) sorted.stream().filter(s -> s.score().compareTo(tie) > 0).count();
    }
    int fail = failAtLeast(rules, n);
    BigDecimal failLine = fail == 0 ? null : sorted.get(n - fail).score();
    Map<String, Grade> grades = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      AnnualScore s = sorted.get(i);
      Grade g;
      if (failLine != null && s.score().compareTo(failLine) <= 0) {
        g = Grade.FAIL;
      } else if (i < excellent) {
        g = Grade.EXCELLENT;
      } else {
        g = s.score().compareTo(rules.goodFrom()) >= 0 ? Grade.GOOD : Grade.PASS;
      }
      grades.put(s.employeeCode(), g);
    }
    return grades;
  }

  /** Whether a team's grades keep the distribution: not too many EXCELLENT, enough FAIL. */
  public static boolean keepsDistribution(GradeRules rules, Collection<Grade> grades) {
    int n = grades.size();
    long excellent = grades.stream().filter(g -> g == Grade.EXCELLENT).count();
    long fail = grades.stream().filter(g -> g == Grade.FAIL).count();
    return excellent <= excellentAtMost(rules, n) && fail >= failAtLeast(rules, n);
  }
}
