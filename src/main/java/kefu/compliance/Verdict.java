package kefu.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a piece of work stands at {@code asOf}, and for late or missing work how many pieces are
 * short (two meetings owed and one held: 1). Worked out from the times alone, so a record entered
 * later but dated earlier counts as of its own time.
 */
public record Verdict(WorkStatus status, int shortBy) {

  /**
   * Judges work due at {@code due} needing {@code required} pieces, from when each piece was
   * submitted and when each notice was given.
   */
  public static Verdict of(
      Instant due,
      int required,
      int noticeDaysNeeded,
      List<Instant> submitted,
      List<Instant> notices,
      Instant asOf) {
    long inTime = submitted.stream().filter(s -> !s.isAfter(due)).count();
    if (inTime >= required) {
      return new Verdict(WorkStatus.ON_TIME, 0);
    }
    int shortBy = (int) (required - inTime);
    boolean excused = notices.stream().anyMatch(n -> excuses(n, due, noticeDaysNeeded));
    if (submitted.size() >= required) {
      return excused ? new Verdict(WorkStatus.EXCUSED, 0) : new Verdict(WorkStatus.LATE, shortBy);
    }
    if (due.isAfter(asOf)) {
      return new Verdict(WorkStatus.OPEN, 0);
    }
    return excused ? new Verdict(WorkStatus.EXCUSED, 0) : new Verdict(WorkStatus.MISSING, shortBy);
  }

  /**
   * Whether a notice given at {@code givenAt} excuses work due at {@code due}: with no days needed,
   * any notice before the due instant; otherwise at least that many times 24 hours before it.
   */
  public static boolean excuses(Instant givenAt, Instant due, int noticeDaysNeeded) {
    if (noticeDaysNeeded <= 0) {
      return givenAt.isBefore(due);
    }
    return !givenAt.isAfter(due.minus(Duration.ofHours(24L * noticeDaysNeeded)));
  }
}
