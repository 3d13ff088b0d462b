package kefu.assessment.ladder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kefu.organization.Level;
import kefu.shared.Money;

/**
 * A pack's {@code ladder} section (doc 002 variant 14): the levels lowest first with their monthly
 * pay, what it takes to reach each one, what brings someone back down, how a quarter is graded and
 * which store rank counts as the top.
 *
 * @param clause the clause of the ladder itself (one level at a time, approval)
 * @param payClause the clause of the level pay
 * @param positions the posts that climb the ladder and draw its pay
 * @param top the store rank at or above which a month counts as "in the top"
 * @param averageMonths how many published months the rank average covers
 * @param gradeClause the clause of the quarterly grade
 * @param bands the quarterly grade bands, highest first
 * @param steps the levels, lowest first
 */
public record LadderTerms(
    String clause,
    String payClause,
    List<String> positions,
    int top,
    int averageMonths,
    String gradeClause,
    List<Band> bands,
    List<Step> steps) {

  public LadderTerms {
    positions = List.copyOf(positions);
    bands = List.copyOf(bands);
    steps = List.copyOf(steps);
  }

  /** A quarterly grade reached by a mean score of at least {@code atLeast}. */
  public record Band(String grade, BigDecimal atLeast) {}

  /** A number of quarterly grades, in a row or not. */
  public record GradeCount(String grade, int count, boolean consecutive) {}

  /** A number of months, in a row or not. */
  public record MonthCount(int count, boolean consecutive) {}

  /** A number of titles. */
  public record TitleCount(Title title, int count) {}

  /** What it takes to reach a level; absent parts are not required. */
  public record Reach(
      int monthsEmployed, boolean rankAverageInTop, GradeCount grades, TitleCount titles) {}

  /**
   * What brings someone at a level back down one: any one of the parts that are present, counted
   * from the day they reached the level (within {@code withinMonths} of it when given).
   */
  public record Demotion(
      Integer withinMonths, MonthCount monthsOutsideTop, GradeCount grades, String gradeBelow) {}

  /** One level: its monthly pay and clause, how it is reached (not for the first) and left. */
  public record Step(
      Level level, Money monthlyPay, String clause, Reach reach, Demotion demotion) {}

  /** The step of a level, if the ladder has it. */
  public Optional<Step> step(Level level) {
    return steps.stream().filter(s -> s.level() == level).findFirst();
  }

  /** The level right above, if any. */
  public Optional<Step> above(Level level) {
    int i = indexOf(level);
    return i < 0 || i + 1 >= steps.size() ? Optional.empty() : Optional.of(steps.get(i + 1));
  }

  /** The level right below, if any. */
  public Optional<Step> below(Level level) {
    int i = indexOf(level);
    return i <= 0 ? Optional.empty() : Optional.of(steps.get(i - 1));
  }

  /** The first level, where a new employee starts. */
  public Step first() {
    return steps.get(0);
  }

  /** The grade a quarter's mean score earns: the first band it reaches. */
  public String grade(BigDecimal mean) {
    return bands.stream()
        .filter(b -> mean.compareTo(b.atLeast()) >= 0)
        .map(Band::grade)
        .findFirst()
        .orElse(bands.get(bands.size() - 1).grade());
  }

  /** Whether {@code grade} ranks below {@code than} in the bands (unknown grades never do). */
  public boolean below(String grade, String than) {
    int g = bandIndex(grade);
    int t = bandIndex(than);
    return g >= 0 && t >= 0 && g > t;
  }

  private int bandIndex(String grade) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).grade().equals(grade)) {
        return i;
      }
    }
    return -1;
  }

  private int indexOf(Level level) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).level() == level) {
        return i;
      }
    }
    return -1;
  }
}
