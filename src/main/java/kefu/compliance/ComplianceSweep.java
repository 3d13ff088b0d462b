package kefu.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kefu.compliance.ComplianceEvents.SweepRan;
import kefu.incident.Incident;
import kefu.incident.MonthLocks;
import kefu.incident.RecordIncident;
import kefu.organization.Organization;
import kefu.platform.FieldRefusal;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns work that is late or missing without a valid notice into exactly one incident each (SPEC
 * §8.1): {@code occurredAt} the due instant, quantity the pieces short, the duty holder on the due
 * date, a note citing the work item. Each item is claimed by its key in {@code work_incident} in
 * the same transaction that records its incident, so two sweeps at once (on one node or several)
 * never make two, and a voided incident is never made again. Work due in a published month goes
 * into the first open month after it, its note citing the original month.
 */
@Service
public class ComplianceSweep {

  private static final Logger log = LoggerFactory.getLogger(ComplianceSweep.class);

  private final WorkLedger work;
  private final DeadlineCatalog catalog;
  private final SweepMark mark;
  private final RecordIncident recorder;
  private final MonthLocks locks;
  private final Organization organization;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ComplianceSweep(
      WorkLedger work,
      DeadlineCatalog catalog,
      SweepMark mark,
      RecordIncident recorder,
      MonthLocks locks,
      Organization organization,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.work = work;
    this.catalog = catalog;
    this.mark = mark;
    this.recorder = recorder;
    this.locks = locks;
    this.organization = organization;
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.events = events;
    this.clock = clock;
  }

  /** Every 5 minutes, on one node of however many run (ShedLock on the database). */
  @Scheduled(cron = "${kefu.compliance.sweep-cron:0 */5 * * * *}")
  @SchedulerLock(name = "compliance-sweep", lockAtMostFor = "PT10M")
  public void scheduled() {
    sweep(clock.instant(), "compliance");
  }

  /** Judges the work due up to {@code asOf}; answers the incidents it recorded. */
  public List<Long> sweep(Instant asOf, String by) {
    Instant after = mark.sweptThrough().orElse(null);
    if (after != null && !asOf.isAfter(after)) {
      return List.of();
    }
    ZoneId zone = organization.zone();
    List<String> stores = work.trackedStores();
    List<Long> created = new ArrayList<>();
    DutyRoster roster = work.roster();
    List<WorkItem> items = work.dueWithin(stores, roster, after, asOf, zone);
    WorkLedger.Records records = work.records(null, after, asOf, items);
    List<WorkItem> fined = new ArrayList<>();
    Set<YearMonth> months = new TreeSet<>();
    for (WorkItem item : items) {
      if (item.deadline().incidentType() == null || records.incidents().containsKey(item.key())) {
        continue;
      }
      Verdict v = records.judge(item, asOf);
      if (v.status().fined()) {
        fined.add(item);
        months.add(YearMonth.from(item.dueAt().atZone(zone)));
      }
    }
    if (!fined.isEmpty()) {
      WorkLedger.Postings posts = work.postings(List.copyOf(months));
      for (WorkItem item : fined) {
        Verdict v = records.judge(item, asOf);
        record(item, v, roster, posts, zone).ifPresent(created::add);
      }
    }
    mark.advanceTo(asOf);
    Instant now = clock.instant();
    events.publishEvent(new SweepRan(asOf, List.copyOf(created), by, now));
    return created;
  }

  /**
   * Claims the item and records its incident in one transaction; answers nothing when another sweep
   * claimed it first or the ledger refuses it (the item stays unclaimed and is logged).
   */
  private java.util.Optional<Long> record(
      WorkItem item, Verdict v, DutyRoster roster, WorkLedger.Postings posts, ZoneId zone) {
    LocalDate dueDay = item.dueAt().atZone(zone).toLocalDate();
    YearMonth dueMonth = YearMonth.from(dueDay);
    try {
      return java.util.Optional.ofNullable(
          tx.execute(
              status -> {
                jdbc.sql(
                        "insert into work_incident (work_key, store_code, deadline, period_start,"
                            + " due_at, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                        item.key(),
                        item.storeCode(),
                        item.deadline().code(),
                        item.periodStart(),
                        java.sql.Timestamp.from(item.dueAt()),
                        java.sql.Timestamp.from(clock.instant()))
                    .update();
                YearMonth into = dueMonth;
                while (locks.isClosed(into)) {
                  into = into.plusMonths(1);
                }
                ZonedDateTime occurred =
                    into.equals(dueMonth)
                        ? item.dueAt().atZone(zone)
                        : into.atDay(1).atStartOfDay(zone);
                String employee =
                    roster
                        .responsible(item.storeCode(), item.deadline().code(), dueDay, posts, posts)
                        .filter(e -> posts.holdsPost(e, item.storeCode(), occurred.toLocalDate()))
                        .orElse(null);
                Incident incident =
                    recorder.record(
                        ComplianceWork.SYSTEM,
                        new RecordIncident.Params(
                            item.deadline().incidentType(),
                            item.storeCode(),
                            employeeFor(item, employee),
                            occurred.toOffsetDateTime(),
                            Math.max(v.shortBy(), 1),
                            null,
                            null,
                            note(item, v, dueMonth, into, zone)));
                jdbc.sql("update work_incident set incident_id = ? where work_key = ?")
                    .params(incident.getId(), item.key())
                    .update();
                return incident.getId();
              }));
    } catch (DuplicateKeyException claimed) {
      return java.util.Optional.empty();
    } catch (FieldRefusal | kefu.platform.Conflict refused) {
      log.warn("compliance sweep could not record {}: {}", item.key(), refused.getMessage());
      return java.util.Optional.empty();
    }
  }

  /** A store-level type (a meeting not held) names nobody; the others their duty holder. */
  private String employeeFor(WorkItem item, String employee) {
    return catalog.namesEmployee(item.deadline().incidentType()) ? employee : null;
  }

  /** The incident's note: the work item, its due instant and what was found. */
  static String note(WorkItem item, Verdict v, YearMonth dueMonth, YearMonth into, ZoneId zone) {
    String note =
        "work "
            + item.key()
            + " due "
            + item.dueAt().atZone(zone).toOffsetDateTime()
            + ": "
            + v.status();
    return into.equals(dueMonth) ? note : note + "; correction of " + dueMonth;
  }
}
