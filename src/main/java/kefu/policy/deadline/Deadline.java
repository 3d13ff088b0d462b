package kefu.policy.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import kefu.policy.LocalizedText;

/**
 * When a piece of compliance work is due and which notice excuses it. The due time is a number of
 * days after the last day of the work's period (the day itself, its Monday-to-Sunday week, its
 * calendar month, or the day an item was received), at a time of day; {@link Period#TASK} work
 * carries its own due time instead. Notice is either anything given before the due time, or a
 * number of days ahead that depends on how many days the task allowed.
 */
public record Deadline(
    String code,
    String clause,
    LocalizedText label,
    Period period,
    Integer daysAfterPeriodEnd,
    LocalTime at,
    String incidentType,
    NoticeRule notice) {

  /** The stretch of time one piece of work covers. */
  public enum Period {
    DAY,
    WEEK,
    MONTH,
    RECEIPT,
    TASK
  }

  /**
   * Notice that excuses lateness: with no tiers, any notice before the due time; with tiers, at
   * least {@code daysBefore} days ahead for a task allowing at most {@code allowedDaysAtMost} days,
   * and {@code otherwiseDaysBefore} for longer tasks.
   */
  public record NoticeRule(List<NoticeTier> tiers, Integer otherwiseDaysBefore) {
    public NoticeRule {
      tiers = List.copyOf(tiers);
    }

    /** Days of notice needed for a task allowing {@code allowedDays}; 0 = any time before due. */
    public int daysNeeded(int allowedDays) {
      for (NoticeTier tier : tiers) {
        if (allowedDays <= tier.allowedDaysAtMost()) {
          return tier.daysBefore();
        }
      }
      return otherwiseDaysBefore == null ? 0 : otherwiseDaysBefore;
    }
  }

  /** A task allowing at most {@code allowedDaysAtMost} days needs {@code daysBefore} notice. */
  public record NoticeTier(int allowedDaysAtMost, int daysBefore) {}

  public Deadline {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(period, "period");
  }

  /**
   * The due time of the work whose period contains {@code day} (for {@link Period#RECEIPT}, the day
   * the item arrived). Not defined for {@link Period#TASK}, whose due time is its own.
   */
  public LocalDateTime dueFor(LocalDate day) {
    LocalDate end =
        switch (period) {
          case DAY, RECEIPT -> day;
          case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
          case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
          case TASK -> throw new IllegalStateException(code + " carries its own due time");
        };
    return end.plusDays(daysAfterPeriodEnd).atTime(at);
  }
}
