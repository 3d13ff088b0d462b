package kefu.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import kefu.policy.LocalizedText;

/**
 * When a piece of compliance work is due and which notice excuses it. The due time is a number of
 * days after the last day of the work's period (the day itself, its Monday-to-Sunday week, its
 * calendar month, its two months ending in an even month, its calendar year, or the day an item was
 * received), at a time of day; {@link Period#TASK} work carries its own due time instead. Notice is
 * either anything given before the due time, or a number of days ahead that depends on how many
 * days the task allowed. {@code required} is how many pieces one period needs (two meetings a
 * month); {@code days} says whether daily work is owed on every day or on working days only, and
 * then its {@code daysAfterPeriodEnd} counts working days too (the group calendar's: weekends and
 * holidays skipped, worked weekend days counted).
 */
public record Deadline(
    String code,
    String clause,
    LocalizedText label,
    Period period,
    Integer daysAfterPeriodEnd,
    LocalTime at,
    String incidentType,
    NoticeRule notice,
    int required,
    Days days) {

  /** The stretch of time one piece of work covers. */
  public enum Period {
    DAY,
    WEEK,
    MONTH,
    TWO_MONTHS,
    YEAR,
    RECEIPT,
    TASK;

    /** Work owed by the calendar, as opposed to work that arises from a record (mail, task). */
    public boolean periodic() {
      return this != RECEIPT && this != TASK;
    }
  }

  /** Which days daily work is owed on. */
  public enum Days {
    ALL,
    WORKING
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
    days = days == null ? Days.ALL : days;
    required = Math.max(required, 1);
  }

  /** The first day of the period containing {@code day}. */
  public LocalDate periodStart(LocalDate day) {
    return switch (period) {
      case DAY, RECEIPT, TASK -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case TWO_MONTHS -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 2) * 2 + 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The last day of the period containing {@code day}. */
  public LocalDate periodEnd(LocalDate day) {
    return switch (period) {
      case DAY, RECEIPT, TASK -> day;
      case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
      case TWO_MONTHS -> periodStart(day).plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> day.withMonth(Month.DECEMBER.getValue()).withDayOfMonth(31);
    };
  }

  /**
   * The due time of the work whose period contains {@code day} (for {@link Period#RECEIPT}, the day
   * the item arrived). Not defined for {@link Period#TASK}, whose due time is its own.
   */
  public LocalDateTime dueFor(LocalDate day) {
    return dueFor(day, d -> true);
  }

  /**
   * The due time as {@link #dueFor(LocalDate)}, with {@code workingDay} saying which days count
   * when the deadline is owed on working days only: then the due day is the {@code
   * daysAfterPeriodEnd}-th working day after the period's last day (Friday's report, due the next
   * working day, is due on Monday; before a holiday, on the first day back).
   */
  public LocalDateTime dueFor(LocalDate day, Predicate<LocalDate> workingDay) {
    if (period == Period.TASK) {
      throw new IllegalStateException(code + " carries its own due time");
    }
    LocalDate due = periodEnd(day);
    if (days == Days.WORKING) {
      for (int left = daysAfterPeriodEnd; left > 0; ) {
        due = due.plusDays(1);
        if (workingDay.test(due)) {
          left--;
        }
      }
    } else {
      due = due.plusDays(daysAfterPeriodEnd);
    }
    return due.atTime(at);
  }

  /**
   * Whether work is owed for the period starting {@code start}: daily work on working days only.
   */
  public boolean owedOn(LocalDate start, Predicate<LocalDate> workingDay) {
    return period != Period.DAY || days == Days.ALL || workingDay.test(start);
  }

  /**
   * The first days of the periods that end within {@code from..to} (both inclusive), oldest first:
   * the periodic work those days close. Daily work on working days only skips the others.
   */
  public List<LocalDate> periodsEndingWithin(
      LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
    if (!period.periodic()) {
      throw new IllegalStateException(code + " arises from records, not from the calendar");
    }
    List<LocalDate> starts = new ArrayList<>();
    LocalDate end = periodEnd(from);
    while (!end.isAfter(to)) {
      LocalDate start = periodStart(end);
      if (owedOn(start, workingDay)) {
        starts.add(start);
      }
      end = periodEnd(end.plusDays(1));
    }
    return starts;
  }
}
