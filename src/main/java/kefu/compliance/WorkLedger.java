package kefu.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.GroupCalendar;
import kefu.service.CallbackDay;
import kefu.service.CallbackDays;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the work the stores owe and what was recorded against it, set-based: the items due in a
 * range of instants (for one store or all), their submissions, notices and incidents by work key.
 */
@Component
record WorkLedger(
    JdbcClient jdbc,
    DeadlineCatalog deadlines,
    Assignments assignments,
    GroupCalendar calendar,
    CallbackDays callbacks) {

  /** The deadline a day's callback records meet, as the packs and the API name it. */
  static final String CALLBACK_DATA = "CALLBACK_DATA";

  /** The group calendar's working days as they are now, read once for a whole run. */
  Predicate<LocalDate> workingDays() {
    return calendar.workingDayRule();
  }

  /** What was recorded against the items of a range, by work key. */
  record Records(
      Map<String, List<Instant>> submitted,
      Map<String, List<Instant>> notices,
      Map<String, Long> incidents) {

    List<Instant> submittedFor(WorkItem item) {
      return submitted.getOrDefault(item.key(), List.of());
    }

    List<Instant> noticesFor(WorkItem item) {
      return notices.getOrDefault(item.key(), List.of());
    }

    Verdict judge(WorkItem item, Instant asOf) {
      return Verdict.of(
          item.dueAt(),
          item.required(),
          item.noticeDaysNeeded(),
          submittedFor(item),
          noticesFor(item),
          asOf);
    }
  }

  DutyRoster roster() {
    return new DutyRoster(
        jdbc.sql(
                "select store_code, deadline, employee_code, valid_from from compliance_duty"
                    + " order by store_code, deadline, valid_from")
            .query(
                (rs, n) ->
                    new DutyRoster.Duty(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
            .list());
  }

  /** Stores with at least one duty: the only ones owing calendar work. */
  List<String> trackedStores() {
    return jdbc.sql("select distinct store_code from compliance_duty order by store_code")
        .query(String.class)
        .list();
  }

  /**
   * The items of {@code stores} due after {@code after} (exclusive, null: any time) up to {@code
   * upTo}: calendar work from their duties, OA tasks and mails as they arose.
   */
  List<WorkItem> dueWithin(
      List<String> stores, DutyRoster roster, Instant after, Instant upTo, ZoneId zone) {
    List<ExpectedWork.DeadlinesInForce> packs = deadlines.inForce();
    // each deadline looks back only as far as its own lag: a few minutes' sweep of 500 stores
    // makes a few thousand candidate items, not a month of them
    LocalDate afterDay =
        after == null ? LocalDate.of(2000, 1, 1) : after.atZone(zone).toLocalDate();
    LocalDate last = upTo.atZone(zone).toLocalDate();
    Predicate<LocalDate> workingDay = workingDays();
    List<WorkItem> items = new ArrayList<>();
    for (String store : stores) {
      for (WorkItem item :
          ExpectedWork.periodicDueAfter(
              store, packs, roster::trackedFrom, afterDay, last, zone, workingDay)) {
        if ((after == null || item.dueAt().isAfter(after)) && !item.dueAt().isAfter(upTo)) {
          items.add(item);
        }
      }
    }
    items.addAll(arisen(null, after, upTo, zone));
    items.sort(Comparator.comparing(WorkItem::dueAt).thenComparing(WorkItem::key));
    return items;
  }

  /**
   * A store's items of a month: calendar work whose period ends in it, and OA tasks and mails due
   * in it; oldest due first.
   */
  List<WorkItem> ofMonth(
      String store,
      DutyRoster roster,
      YearMonth month,
      ZoneId zone,
      Predicate<LocalDate> workingDay) {
    List<WorkItem> items =
        new ArrayList<>(
            ExpectedWork.periodic(
                store,
                deadlines.inForce(),
                roster::trackedFrom,
                month.atDay(1),
                month.atEndOfMonth(),
                zone,
                workingDay));
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant().minusNanos(1);
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusNanos(1);
    items.addAll(arisen(Set.of(store), from, to, zone));
    items.sort(Comparator.comparing(WorkItem::dueAt).thenComparing(WorkItem::key));
    return items;
  }

  /** What was recorded against one item. */
  Records recordsOf(WorkItem item) {
    String workKey = item.key();
    Map<String, List<Instant>> submitted = new HashMap<>();
    Map<String, List<Instant>> notices = new HashMap<>();
    submitted.put(
        workKey,
        jdbc.sql("select submitted_at from work_submission where work_key = ?")
            .param(workKey)
            .query((rs, n) -> rs.getTimestamp(1).toInstant())
            .list());
    notices.put(
        workKey,
        jdbc.sql("select given_at from work_notice where work_key = ?")
            .param(workKey)
            .query((rs, n) -> rs.getTimestamp(1).toInstant())
            .list());
    if (item.deadline().code().equals(CALLBACK_DATA)) {
      callbacksMet(submitted, item.storeCode(), item.periodStart(), item.periodStart());
    }
    Map<String, Long> incidents = new HashMap<>();
    incidentOf(workKey).ifPresent(id -> incidents.put(workKey, id));
    return new Records(submitted, notices, incidents);
  }

  /** OA task parts and manufacturer mails of {@code stores} (null: all) due within the range. */
  private List<WorkItem> arisen(Set<String> stores, Instant after, Instant upTo, ZoneId zone) {
    Timestamp from = Timestamp.from(after == null ? Instant.EPOCH : after);
    Timestamp to = Timestamp.from(upTo);
    List<WorkItem> items = new ArrayList<>();
    jdbc.sql(
            """
            select s.store_code, t.id, t.assigned_at, s.due_at from oa_task_store s
            join oa_task t on t.id = s.task_id
            where s.due_at > ? and s.due_at <= ?""")
        .params(from, to)
        .query(
            rs -> {
              String store = rs.getString(1);
              long id = rs.getLong(2);
              Instant assigned = rs.getTimestamp(3).toInstant();
              Instant due = rs.getTimestamp(4).toInstant();
              if (stores == null || stores.contains(store)) {
                deadlines
                    .forStore(store, "OA_TASK", due.atZone(zone).toLocalDate())
                    .or(() -> deadlines.anyPack("OA_TASK"))
                    .ifPresent(
                        d -> items.add(ExpectedWork.task(store, d, id, assigned, due, zone)));
              }
            });
    jdbc.sql(
            "select store_code, id, received_at from manufacturer_mail"
                + " where due_at > ? and due_at <= ?")
        .params(from, to)
        .query(
            rs -> {
              String store = rs.getString(1);
              long id = rs.getLong(2);
              Instant received = rs.getTimestamp(3).toInstant();
              if (stores == null || stores.contains(store)) {
                deadlines
                    .forStore(store, "MANUFACTURER_MAIL", received.atZone(zone).toLocalDate())
                    .or(() -> deadlines.anyPack("MANUFACTURER_MAIL"))
                    .ifPresent(d -> items.add(ExpectedWork.mail(store, d, id, received, zone)));
              }
            });
    return items;
  }

  /**
   * Submissions, notices and incidents of the items due in the range, for one store or all. A
   * store's day of callback data counts as submitted when its first callback record of that day was
   * recorded (SPEC §8.1: met by the day's callback records), besides any declaration that the day
   * had nothing to call back.
   */
  Records records(String storeCode, Instant after, Instant upTo, List<WorkItem> items) {
    Timestamp from = Timestamp.from(after == null ? Instant.EPOCH : after);
    Timestamp to = Timestamp.from(upTo);
    Map<String, List<Instant>> submitted = new HashMap<>();
    Map<String, List<Instant>> notices = new HashMap<>();
    Map<String, Long> incidents = new HashMap<>();
    within("work_key, submitted_at from work_submission", from, to, storeCode)
        .query((RowCallbackHandler) rs -> timeOf(submitted, rs));
    within("work_key, given_at from work_notice", from, to, storeCode)
        .query((RowCallbackHandler) rs -> timeOf(notices, rs));
    // the days of callback data among the items, read in one range (none: no query)
    LocalDate firstDay = null;
    LocalDate lastDay = null;
    for (WorkItem item : items) {
      if (item.deadline().code().equals(CALLBACK_DATA)) {
        LocalDate day = item.periodStart();
        firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
      }
    }
    if (firstDay != null) {
      callbacksMet(submitted, storeCode, firstDay, lastDay);
    }
    within("work_key, incident_id from work_incident", from, to, storeCode)
        .query(
            rs -> {
              long id = rs.getLong(2);
              incidents.put(rs.getString(1), rs.wasNull() ? null : id);
            });
    return new Records(submitted, notices, incidents);
  }

  /** Adds the days of callback records of {@code from..to} as submissions of their day's data. */
  private void callbacksMet(
      Map<String, List<Instant>> submitted, String storeCode, LocalDate from, LocalDate to) {
    for (CallbackDay day : callbacks.recorded(storeCode, from, to)) {
      submitted
          .computeIfAbsent(
              WorkItem.key(day.storeCode(), CALLBACK_DATA, day.day(), null), k -> new ArrayList<>())
          .add(day.firstRecordedAt());
    }
  }

  /** {@code select <what>} of the rows whose work is due in the range, for one store or all. */
  private JdbcClient.StatementSpec within(
      String what, Timestamp from, Timestamp to, String storeCode) {
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                "select "
                    + what
                    + " where due_at > :from and due_at <= :to"
                    + (storeCode == null ? "" : " and store_code = :store"))
            .param("from", from)
            .param("to", to);
    return storeCode == null ? spec : spec.param("store", storeCode);
  }

  private static void timeOf(Map<String, List<Instant>> times, java.sql.ResultSet rs)
      throws java.sql.SQLException {
    times
        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
        .add(rs.getTimestamp(2).toInstant());
  }

  /**
   * Who holds which post where during the months of a range, read once: for the duty holder and its
   * fallback.
   */
  Postings postings(List<YearMonth> months) {
    List<AssignmentPeriod> posts = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (YearMonth m : months) {
      for (AssignmentPeriod p : assignments.overlapping(m)) {
        if (seen.add(p.employeeCode() + "|" + p.storeCode() + "|" + p.from())) {
          posts.add(p);
        }
      }
    }
    posts.sort(Comparator.comparing(AssignmentPeriod::employeeCode));
    return new Postings(posts);
  }

  /** The posts of some months, answering both questions the duty fallback asks. */
  static final class Postings implements DutyRoster.Posts, DutyRoster.PostsHeld {
    private final Map<String, List<AssignmentPeriod>> byStore = new HashMap<>();

    Postings(List<AssignmentPeriod> posts) {
      posts.forEach(p -> byStore.computeIfAbsent(p.storeCode(), k -> new ArrayList<>()).add(p));
    }

    private java.util.stream.Stream<AssignmentPeriod> on(String store, LocalDate day) {
      return byStore.getOrDefault(store, List.of()).stream()
          .filter(p -> !day.isBefore(p.from()) && (p.to() == null || !day.isAfter(p.to())));
    }

    @Override
    public Optional<String> holder(String store, String position, LocalDate day) {
      return on(store, day)
          .filter(p -> p.position().equals(position))
          .map(AssignmentPeriod::employeeCode)
          .findFirst();
    }

    @Override
    public boolean holdsPost(String employee, String store, LocalDate day) {
      return on(store, day).anyMatch(p -> p.employeeCode().equals(employee));
    }
  }

  /** The incident the sweep made of a work item, if it made one. */
  Optional<Long> incidentOf(String workKey) {
    return jdbc.sql("select incident_id from work_incident where work_key = ?")
        .param(workKey)
        .query((rs, n) -> rs.getLong(1))
        .optional()
        .filter(id -> id > 0);
  }
}
