package kefu.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The calendar work a store owes: for each deadline of the packs in force there on a period's last
 * day, one item per period ending on or after the deadline's tracking start. Pure: the packs, the
 * tracking starts and the working days come in as arguments.
 */
public final class ExpectedWork {

  private ExpectedWork() {}

  /** A pack's deadlines, in force at its stores from a day. */
  public record DeadlinesInForce(
      Deadlines deadlines, LocalDate from, Predicate<String> coversStore) {}

  /** Where tracking of a store's deadline starts; empty = not tracked. */
  @FunctionalInterface
  public interface Tracking {
    java.util.Optional<LocalDate> from(String storeCode, String deadline);
  }

  /**
   * The periodic items of {@code storeCode} whose period ends within {@code from..to}, oldest due
   * first. Where several packs in force define the same deadline code, the latest adopted governs.
   */
  public static List<WorkItem> periodic(
      String storeCode,
      List<DeadlinesInForce> packs,
      Tracking tracking,
      LocalDate from,
      LocalDate to,
      ZoneId zone,
      Predicate<LocalDate> workingDay) {
    return periodic(storeCode, packs, tracking, d -> from, to, zone, workingDay);
  }

  /**
   * The periodic items of {@code storeCode} that may fall due after the day {@code afterDay}: per
   * deadline only the periods ending within its own lag before it (a daily report's day or two, not
   * the month a paper archive may lag), up to {@code to}. What a sweep of a few minutes looks at.
   */
  public static List<WorkItem> periodicDueAfter(
      String storeCode,
      List<DeadlinesInForce> packs,
      Tracking tracking,
      LocalDate afterDay,
      LocalDate to,
      ZoneId zone,
      Predicate<LocalDate> workingDay) {
    return periodic(
        storeCode, packs, tracking, d -> afterDay.minusDays(lag(d) + 1L), to, zone, workingDay);
  }

  /** The most days after its period's end a deadline may fall due (working days counted wide). */
  static int lag(Deadline d) {
    int days = d.daysAfterPeriodEnd() == null ? 0 : d.daysAfterPeriodEnd();
    // counted in working days, a lag spans weekends and holidays: allow two weeks more
    return d.days() == Deadline.Days.WORKING ? days + 14 : days;
  }

  private static List<WorkItem> periodic(
      String storeCode,
      List<DeadlinesInForce> packs,
      Tracking tracking,
      java.util.function.Function<Deadline, LocalDate> fromFor,
      LocalDate to,
      ZoneId zone,
      Predicate<LocalDate> workingDay) {
    List<DeadlinesInForce> latestFirst =
        packs.stream()
            .filter(p -> p.coversStore().test(storeCode))
            .sorted(Comparator.comparing(DeadlinesInForce::from).reversed())
            .toList();
    List<WorkItem> items = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (DeadlinesInForce pack : latestFirst) {
      for (Deadline d : pack.deadlines().all()) {
        if (!d.period().periodic() || seen.contains(d.code())) {
          continue;
        }
        seen.add(d.code());
        var start = tracking.from(storeCode, d.code());
        if (start.isEmpty()) {
          continue;
        }
        LocalDate first = max(fromFor.apply(d), start.get());
        for (LocalDate periodStart : d.periodsEndingWithin(first, to, workingDay)) {
          LocalDate end = d.periodEnd(periodStart);
          DeadlinesInForce governing = governing(latestFirst, d.code(), end);
          if (governing == null) {
            continue;
          }
          Deadline g = governing.deadlines().byCode(d.code()).orElseThrow();
          items.add(item(storeCode, g, periodStart, zone, workingDay));
        }
      }
    }
    items.sort(Comparator.comparing(WorkItem::dueAt).thenComparing(WorkItem::key));
    return items;
  }

  /**
   * The item of a periodic deadline for the period containing {@code day}; {@code workingDay} is
   * the group calendar, for deadlines counted in working days.
   */
  public static WorkItem item(
      String storeCode, Deadline d, LocalDate day, ZoneId zone, Predicate<LocalDate> workingDay) {
    LocalDate start = d.periodStart(day);
    Instant due = d.dueFor(start, workingDay).atZone(zone).toInstant();
    return new WorkItem(storeCode, d, start, d.periodEnd(start), null, due, 0);
  }

  /** A manufacturer mail received at {@code receivedAt}: due from its day of receipt. */
  public static WorkItem mail(
      String storeCode, Deadline d, long mailId, Instant receivedAt, ZoneId zone) {
    LocalDate day = receivedAt.atZone(zone).toLocalDate();
    Instant due = d.dueFor(day).atZone(zone).toInstant();
    return new WorkItem(storeCode, d, day, day, mailId, due, 0);
  }

  /** One store's part of an OA task: its own due time, notice by the days it allowed. */
  public static WorkItem task(
      String storeCode, Deadline d, long taskId, Instant assignedAt, Instant dueAt, ZoneId zone) {
    int allowed = allowedDays(assignedAt, dueAt, zone);
    LocalDate day = dueAt.atZone(zone).toLocalDate();
    return new WorkItem(storeCode, d, day, day, taskId, dueAt, d.notice().daysNeeded(allowed));
  }

  /**
   * The days a task allowed: the calendar-date difference from assignment to due date in the
   * group's zone (assigned 10-10, due 10-13: 3 days).
   */
  public static int allowedDays(Instant assignedAt, Instant dueAt, ZoneId zone) {
    return (int)
        ChronoUnit.DAYS.between(
            assignedAt.atZone(zone).toLocalDate(), dueAt.atZone(zone).toLocalDate());
  }

  private static DeadlinesInForce governing(
      List<DeadlinesInForce> latestFirst, String code, LocalDate day) {
    for (DeadlinesInForce p : latestFirst) {
      if (!day.isBefore(p.from()) && p.deadlines().byCode(code).isPresent()) {
        return p;
      }
    }
    return null;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
