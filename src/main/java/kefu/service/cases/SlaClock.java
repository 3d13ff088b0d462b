package kefu.service.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Counts resolution time: only the hours of working days in the group's zone count, and never the
 * time a complaint spent paused while waiting on the customer. Resolution is due once {@code n}
 * whole working days (n × 24 h of counted time) have run from the receipt: a complaint received on
 * Friday 10:00 with weekends off and three days allowed is due on Wednesday 10:00; one received on
 * a Saturday starts counting on Monday 00:00.
 */
final class SlaClock {

  /** A stretch during which the clock stood still; {@code end} null while it lasts. */
  record Pause(Instant start, Instant end) {}

  private final ZoneId zone;
  private final WorkingDays calendar;

  SlaClock(ZoneId zone, WorkingDays calendar) {
    this.zone = zone;
    this.calendar = calendar;
  }

  /**
   * When {@code workingDays} of counted time have run from {@code start}, the given pauses not
   * counting; a pause still running is counted as if it had not begun (the due time once resumed at
   * once).
   */
  Instant dueAfter(Instant start, int workingDays, List<Pause> pauses) {
    List<Pause> closed =
        pauses.stream()
            .filter(p -> p.end() != null)
            .sorted(Comparator.comparing(Pause::start))
            .toList();
    Duration left = Duration.ofDays(workingDays);
    Instant cursor = start;
    LocalDate day = start.atZone(zone).toLocalDate();
    // bounded: a calendar with no working day in ten years is not a calendar
    for (int guard = 0; guard < 3660; guard++, day = day.plusDays(1)) {
      Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
      if (!calendar.isWorkingDay(day)) {
        cursor = max(cursor, dayEnd);
        continue;
      }
      Instant segmentStart = max(cursor, day.atStartOfDay(zone).toInstant());
      for (Pause p : closed) {
        if (!p.end().isAfter(segmentStart) || !p.start().isBefore(dayEnd)) {
          continue;
        }
        // the running part before this pause counts, then the clock jumps over the pause
        Instant runEnd = max(segmentStart, p.start());
        Duration run = Duration.between(segmentStart, runEnd);
        if (run.compareTo(left) >= 0) {
          return segmentStart.plus(left);
        }
        left = left.minus(run);
        segmentStart = min(dayEnd, max(segmentStart, p.end()));
      }
      Duration run = Duration.between(segmentStart, dayEnd);
      if (run.compareTo(left) >= 0) {
        return segmentStart.plus(left);
      }
      left = left.minus(run);
      cursor = dayEnd;
    }
    throw new IllegalStateException("no working day within ten years of " + start);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
