package kefu.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kefu.shared.Points;

/**
 * A monthly points scale (doc 002: everyone starts the month at 10): what remains after the month's
 * deductions, never below the floor, and the flags the remainder raises. Of the month thresholds
 * reached, only the lowest one's flag is raised (a penalty replaces the warning); a streak flag is
 * raised when this month and the months before it, without a gap, all stayed at or below its limit.
 */
public record PointsScale(
    Points start,
    Points floor,
    List<String> positions,
    List<Threshold> thresholds,
    List<Streak> streaks) {

  /** Remaining points at or below {@code atMost} raise {@code flag}. */
  public record Threshold(Points atMost, String flag) {
    public Threshold {
      Objects.requireNonNull(atMost, "atMost");
      Objects.requireNonNull(flag, "flag");
    }
  }

  /** {@code months} consecutive months at or below {@code atMost} raise {@code flag}. */
  public record Streak(Points atMost, int months, String flag) {
    public Streak {
      Objects.requireNonNull(atMost, "atMost");
      Objects.requireNonNull(flag, "flag");
    }
  }

  public PointsScale {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(floor, "floor");
    positions = List.copyOf(positions);
    thresholds = List.copyOf(thresholds);
    streaks = List.copyOf(streaks);
  }

  public boolean covers(String position) {
    return positions.contains(position);
  }

  /** What shows on the statement: the start less the deductions, but never below the floor. */
  public Points remaining(Points deducted) {
    return start.minus(deducted).max(floor);
  }

  /**
   * The flags of a month.
   *
   * @param remaining this month's remaining points
   * @param earlierRemaining remaining points of the months before, most recent first; a null entry
   *     is a month without a remainder and breaks a streak
   */
  public List<String> flags(Points remaining, List<Points> earlierRemaining) {
    List<String> flags = new ArrayList<>();
    thresholdFlag(remaining).ifPresent(flags::add);
    for (Streak streak : streaks) {
      if (inStreak(streak, remaining, earlierRemaining)) {
        flags.add(streak.flag());
      }
    }
    return flags;
  }

  private Optional<String> thresholdFlag(Points remaining) {
    return thresholds.stream()
        .filter(t -> remaining.isAtMost(t.atMost()))
        .min(Comparator.comparing(Threshold::atMost))
        .map(Threshold::flag);
  }

  private static boolean inStreak(Streak streak, Points remaining, List<Points> earlier) {
    if (!remaining.isAtMost(streak.atMost())) {
      return false;
    }
    int needed = streak.months() - 1;
    if (earlier.size() < needed) {
      return false;
    }
    for (int i = 0; i < needed; i++) {
      Points month = earlier.get(i);
      if (month == null || !month.isAtMost(streak.atMost())) {
        return false;
      }
    }
    return true;
  }
}
