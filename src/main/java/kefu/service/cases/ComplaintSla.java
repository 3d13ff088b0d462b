package kefu.service.cases;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The {@code complaintSla} section of a pack: how soon a complaint gets its first reply (urgent or
 * not), in how many working days it is resolved, who is told at which distance from a breach, and
 * by when an important complaint reaches group CS.
 */
public record ComplaintSla(
    String clause,
    int firstReplyHoursUrgent,
    int firstReplyHoursOther,
    int resolutionWorkingDays,
    List<Level> escalation,
    int importantReportDaysAfter,
    LocalTime importantReportAt) {

  /** One escalation level: the post told, {@code hoursAfterBreach} after the breach. */
  public record Level(int level, String post, int hoursAfterBreach) {
    public Level {
      Objects.requireNonNull(post, "post");
    }

    Duration afterBreach() {
      return Duration.ofHours(hoursAfterBreach);
    }
  }

  public ComplaintSla {
    escalation = List.copyOf(escalation);
    Objects.requireNonNull(importantReportAt, "importantReportAt");
  }

  Duration firstReply(boolean urgent) {
    return Duration.ofHours(urgent ? firstReplyHoursUrgent : firstReplyHoursOther);
  }
}
