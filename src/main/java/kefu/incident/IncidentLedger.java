package kefu.incident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Organization.ScopeCodes;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the ledger within a scope, and the state changes after recording: void, appeal and the
 * decision on an appeal. Every change checks the month is open; the incident checks the rest and
 * registers its event, which saving it publishes.
 */
@Service
@Transactional
public class IncidentLedger {

  private final IncidentRepository incidents;
  private final Organization organization;
  private final MonthLocks locks;
  private final JdbcClient jdbc;
  private final Clock clock;

  IncidentLedger(
      IncidentRepository incidents,
      Organization organization,
      MonthLocks locks,
      JdbcClient jdbc,
      Clock clock) {
    this.incidents = incidents;
    this.organization = organization;
    this.locks = locks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The longest reasons the ledger keeps: a void's, and an appeal's or its decision's. */
  private static final int VOID_REASON_MAX = 500;

  private static final int APPEAL_TEXT_MAX = 1000;

  /** Search criteria; all optional except the month. */
  public record Query(
      YearMonth month, String storeCode, String employeeCode, String type, IncidentStatus status) {}

  @Transactional(readOnly = true)
  public List<Incident> find(AccessScope scope, Query q) {
    ScopeCodes codes = organization.codes(scope);
    String store = narrow(codes.storeCode(), q.storeCode());
    String employee = narrow(codes.employeeCode(), q.employeeCode());
    if (store != null && codes.storeCode() == null) {
      organization.store(scope, store); // 404 for a store the user cannot see
    }
    return incidents.find(
        q.month().atDay(1), q.month().atEndOfMonth(), store, employee, blank(q.type()), q.status());
  }

  @Transactional(readOnly = true)
  public Incident get(AccessScope scope, long id) {
    Incident i = incidents.findById(id).orElseThrow(() -> new NotFound("incident " + id));
    if (!visible(organization.codes(scope), i)) {
      throw new NotFound("incident " + id);
    }
    return i;
  }

  private static boolean visible(ScopeCodes codes, Incident i) {
    return (codes.storeCode() == null || codes.storeCode().equals(i.getStoreCode()))
        && (codes.employeeCode() == null || codes.employeeCode().equals(i.getEmployeeCode()));
  }

  /**
   * Those of {@code ids} the user may see, in one query; the others (outside the scope or unknown)
   * are left out.
   */
  @Transactional(readOnly = true)
  public List<Incident> visible(AccessScope scope, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    ScopeCodes codes = organization.codes(scope);
    return incidents.findAllById(Set.copyOf(ids)).stream().filter(i -> visible(codes, i)).toList();
  }

  public Incident voidIncident(AccessScope scope, long id, String reason) {
    Incident i = get(scope, id);
    requireManager(scope);
    requireOpen(i.month());
    String why = required(reason, "reason", VOID_REASON_MAX);
    change(() -> i.voidBecause(why, scope.username(), now()));
    incidents.save(i);
    return i;
  }

  /** The responsible employee (or a manager on their behalf) disputes the incident. */
  public Incident appeal(AccessScope scope, long id, String reason) {
    Incident i = get(scope, id);
    if (!scope.canWrite() && scope.confinedToEmployee().isEmpty()) {
      throw new Forbidden("read-only");
    }
    requireOpen(i.month());
    String why = required(reason, "reason", APPEAL_TEXT_MAX);
    change(() -> i.appeal(why, scope.username(), now()));
    incidents.save(i);
    return i;
  }

  public Incident decideAppeal(AccessScope scope, long id, boolean grant, String reason) {
    Incident i = get(scope, id);
    requireManager(scope);
    requireOpen(i.month());
    String why = required(reason, "reason", APPEAL_TEXT_MAX);
    change(() -> i.decideAppeal(grant, why, scope.username(), now()));
    incidents.save(i);
    return i;
  }

  /** Those of {@code ids} that name no incident, in any status. */
  @Transactional(readOnly = true)
  public Set<Long> unknown(Collection<Long> ids) {
    Set<Long> unknown = new TreeSet<>(ids);
    if (!unknown.isEmpty()) {
      unknown.removeAll(
          jdbc.sql("select id from incident where id in (:ids)")
              .param("ids", unknown)
              .query(Long.class)
              .list());
    }
    return unknown;
  }

  /** An appeal that waits for a decision: the incident, whom and which store it concerns. */
  public record PendingAppeal(
      long incidentId, String employeeCode, String storeCode, LocalDate occurredOn) {}

  /**
   * The appeals of {@code month} still waiting for a decision, within the user's scope, oldest
   * incident first; one query on the month index.
   */
  @Transactional(readOnly = true)
  public List<PendingAppeal> pendingAppeals(AccessScope scope, YearMonth month) {
    ScopeCodes codes = organization.codes(scope);
    return jdbc.sql(
            "select id, employee_code, store_code, occurred_on from incident"
                + " where occurred_on between :from and :to and status = 'RECORDED'"
                + " and appeal_status = 'PENDING'"
                + SCOPED
                + " order by occurred_on, id")
        .param("from", month.atDay(1))
        .param("to", month.atEndOfMonth())
        .param("store", codes.storeCode())
        .param("employee", codes.employeeCode())
        .query(
            (rs, n) ->
                new PendingAppeal(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  /**
   * How many appeals wait for a decision per store, within the user's scope: one grouped count,
   * read once per request however many home cards and to-dos ask.
   */
  @Transactional(readOnly = true)
  public Map<String, Long> pendingAppealsByStore(AccessScope scope) {
    return RequestMemo.get(
        "incident.pendingAppealsByStore." + scope,
        () -> {
          ScopeCodes codes = organization.codes(scope);
          Map<String, Long> counts = new TreeMap<>();
          jdbc.sql(
                  "select store_code, count(*) from incident where appeal_status = 'PENDING'"
                      + " and status = 'RECORDED'"
                      + SCOPED
                      + " group by store_code")
              .param("store", codes.storeCode())
              .param("employee", codes.employeeCode())
              .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
              .list();
          return counts;
        });
  }

  /** Typed: PostgreSQL cannot tell the type of a bare null parameter. */
  static final String SCOPED =
      " and (cast(:store as varchar) is null or store_code = :store)"
          + " and (cast(:employee as varchar) is null or employee_code = :employee)";

  /** A recorded incident as the month close reads it. */
  public record LedgerRow(
      long id,
      String type,
      String storeCode,
      String employeeCode,
      LocalDate occurredOn,
      int quantity,
      Integer minutes,
      BigDecimal points,
      boolean appealPending) {}

  /** Rows fetched per round trip by {@link #forEachRecorded}. */
  private static final int STREAM_FETCH_SIZE = 10_000;

  /**
   * Streams the month's recorded incidents in one query, without building entities: the month close
   * of a large group reads a million rows this way. The rows come in batches of {@value
   * #STREAM_FETCH_SIZE} (a cursor, within the transaction), so the driver never holds the whole
   * month in memory at once.
   */
  @Transactional(readOnly = true)
  public void forEachRecorded(YearMonth month, Consumer<LedgerRow> sink) {
    jdbc.sql(
            """
            select id, type, store_code, employee_code, occurred_on, quantity, minutes, points,
                   appeal_status
            from incident
            where occurred_on between ? and ? and status = 'RECORDED'""")
        .withFetchSize(STREAM_FETCH_SIZE)
        .params(month.atDay(1), month.atEndOfMonth())
        .query(
            rs -> {
              sink.accept(
                  new LedgerRow(
                      rs.getLong("id"),
                      rs.getString("type"),
                      rs.getString("store_code"),
                      rs.getString("employee_code"),
                      rs.getObject("occurred_on", LocalDate.class),
                      rs.getInt("quantity"),
                      (Integer) rs.getObject("minutes", Integer.class),
                      rs.getBigDecimal("points"),
                      "PENDING".equals(rs.getString("appeal_status"))));
            });
  }

  /** Refuses a change to a published month, and keeps the month open until the change commits. */
  void requireOpen(YearMonth month) {
    if (!locks.holdOpen(month)) {
      throw new Conflict("month " + month + " is published and locked");
    }
  }

  static void requireManager(AccessScope scope) {
    if (!scope.canWrite()) {
      throw new Forbidden("read-only");
    }
  }

  Instant now() {
    return Instant.now(clock);
  }

  private static void change(Runnable transition) {
    try {
      transition.run();
    } catch (IllegalStateException e) {
      throw new Conflict(e.getMessage());
    }
  }

  private static String narrow(String confined, String asked) {
    if (confined != null) {
      if (asked != null && !asked.isBlank() && !asked.equals(confined)) {
        throw new NotFound(asked);
      }
      return confined;
    }
    return blank(asked);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new BadInput(field, "validation.required");
    }
    InputRules.requireText(field, value, max, true);
    return value.trim();
  }
}
