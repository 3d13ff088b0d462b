package kefu.incident;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Employee;
import kefu.organization.EmployeeFilter;
import kefu.organization.Organization;
import kefu.organization.Organization.ScopeCodes;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RequestMemo;
import kefu.platform.RuleRefused;
import kefu.policy.Occurrence;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
  private final Assignments assignments;
  private final MonthLocks locks;
  private final JdbcClient jdbc;
  private final Clock clock;

  IncidentLedger(
      IncidentRepository incidents,
      Organization organization,
      Assignments assignments,
      MonthLocks locks,
      JdbcClient jdbc,
      Clock clock) {
    this.incidents = incidents;
    this.organization = organization;
    this.assignments = assignments;
    this.locks = locks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The largest page of the list, and the one given when only a page number is asked for. */
  public static final int MAX_PAGE_SIZE = 500;

  public static final int DEFAULT_PAGE_SIZE = 50;

  /** Most employees a name filter may stand for (a name typed in part matches several). */
  private static final int EMPLOYEE_MATCHES_MAX = 200;

  /** The longest reasons the ledger keeps: a void's, and an appeal's or its decision's. */
  private static final int VOID_REASON_MAX = 500;

  private static final int APPEAL_TEXT_MAX = 1000;

  /**
   * Search criteria; all optional except the month. {@code employee} is an employee's code, or part
   * of a code or name that stands for those it matches; {@code appealPending} keeps only incidents
   * with an appeal waiting for a decision.
   */
  public record Query(
      YearMonth month,
      String storeCode,
      String employee,
      String type,
      IncidentStatus status,
      boolean appealPending) {

    public Query(
        YearMonth month, String storeCode, String employee, String type, IncidentStatus status) {
      this(month, storeCode, employee, type, status, false);
    }
  }

  /** The whole filtered month, in time order. */
  @Transactional(readOnly = true)
  public List<Incident> find(AccessScope scope, Query q) {
    return criteria(scope, q)
        .map(c -> inOrder(jdbc.sql(c.ids()).params(c.params()).query(Long.class).list()))
        .orElse(List.of());
  }

  /**
   * One page of the filtered month, in time order, with the number of all that match. A page below
   * 0 or a size outside 1 to {@value #MAX_PAGE_SIZE} is refused on its field.
   */
  @Transactional(readOnly = true)
  public Page<Incident> find(AccessScope scope, Query q, int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "incident.list.pageNegative"));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      problems.add(new FieldProblem("size", "incident.list.sizeOutOfRange"));
    }
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    Pageable pageable = PageRequest.of(page, size);
    Optional<IncidentSearch> criteria = criteria(scope, q);
    if (criteria.isEmpty()) {
      return Page.empty(pageable);
    }
    IncidentSearch c = criteria.get();
    List<Long> ids =
        jdbc.sql(c.ids() + " limit :limit offset :offset")
            .params(c.params())
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(Long.class)
            .list();
    long total = jdbc.sql(c.count()).params(c.params()).query(Long.class).single();
    return new PageImpl<>(inOrder(ids), pageable, total);
  }

  /** Most ids one query loads as incidents. */
  private static final int LOAD_CHUNK = 1000;

  /** The incidents of {@code ids}, in that order, loaded a chunk at a time. */
  private List<Incident> inOrder(List<Long> ids) {
    Map<Long, Incident> byId = new HashMap<>(ids.size() * 2);
    for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
      incidents
          .findAllById(ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK)))
          .forEach(i -> byId.put(i.getId(), i));
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  /** The query's conditions within the user's scope; empty when nothing can match. */
  private Optional<IncidentSearch> criteria(AccessScope scope, Query q) {
    ScopeCodes codes = organization.codes(scope);
    if (ownOnlyWithoutRecord(scope, codes)) {
      return Optional.empty();
    }
    String store = narrow(codes.storeCode(), q.storeCode());
    if (store != null && codes.storeCode() == null) {
      organization.store(scope, store); // 404 for a store the user cannot see
    }
    Collection<String> employees;
    if (codes.employeeCode() != null) {
      employees = List.of(narrow(codes.employeeCode(), q.employee()));
    } else if (blank(q.employee()) == null) {
      employees = null;
    } else {
      employees = employeesMatching(scope, blank(q.employee()));
      if (employees.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        IncidentSearch.matching(
            q.month(), store, employees, blank(q.type()), q.status(), q.appealPending()));
  }

  /**
   * The employees a typed filter stands for: exactly the one whose code it is, else those whose
   * code or name contains it (among those the user may see).
   */
  private Collection<String> employeesMatching(AccessScope scope, String typed) {
    if (!organization.employeeNames(List.of(typed)).isEmpty()) {
      return List.of(typed);
    }
    return organization
        .searchEmployees(
            scope,
            new EmployeeFilter(typed, null, null, null, true),
            PageRequest.of(0, EMPLOYEE_MATCHES_MAX))
        .map(Employee::getCode)
        .toList();
  }

  /** A staff account without an employee record owns no incidents and sees none. */
  private static boolean ownOnlyWithoutRecord(AccessScope scope, ScopeCodes codes) {
    return scope.role() == Role.STAFF && codes.employeeCode() == null;
  }

  @Transactional(readOnly = true)
  public Incident get(AccessScope scope, long id) {
    Incident i = incidents.findById(id).orElseThrow(() -> new NotFound("incident " + id));
    if (!visible(scope, organization.codes(scope), i)) {
      throw new NotFound("incident " + id);
    }
    return i;
  }

  private static boolean visible(AccessScope scope, ScopeCodes codes, Incident i) {
    return !ownOnlyWithoutRecord(scope, codes)
        && (codes.storeCode() == null || codes.storeCode().equals(i.getStoreCode()))
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
    return incidents.findAllById(Set.copyOf(ids)).stream()
        .filter(i -> visible(scope, codes, i))
        .toList();
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

  /**
   * Decides the appeal, if the user may ({@link AppealDeciders}: 422 naming why and who will
   * otherwise). In a published month the decision is still taken: the published figures stay, and
   * the event tells the month close to carry a granted appeal into the next open month.
   */
  public Incident decideAppeal(AccessScope scope, long id, boolean grant, String reason) {
    Incident i = get(scope, id);
    requireManager(scope);
    String why = required(reason, "reason", APPEAL_TEXT_MAX);
    Deciding deciding = deciding(scope, i);
    if (!deciding.allowed()) {
      String refusal = deciding.refusal().get().messageKey();
      throw new RuleRefused(
          refusal,
          List.of(
              new FieldProblem("decider", refusal),
              new FieldProblem("decidedBy", deciding.whoDecidesKey())));
    }
    boolean published = !locks.holdOpen(i.month());
    change(() -> i.decideAppeal(grant, why, scope.username(), now(), published));
    incidents.save(i);
    return i;
  }

  /**
   * Whether the user may decide the incident's appeal and, either way, who may: the level required
   * and whether the recorder is among those kept out.
   */
  public record Deciding(
      Optional<AppealDeciders.Refusal> refusal, AppealDeciders.Level required, String recordedBy) {
    public boolean allowed() {
      return refusal.isEmpty();
    }

    /** The message saying who decides (the level, and at group level: not the recorder). */
    public String whoDecidesKey() {
      return "appeal.decidedBy." + required;
    }
  }

  /** Who may decide the appeal on {@code i}, as seen by the user. */
  @Transactional(readOnly = true)
  public Deciding deciding(AccessScope scope, Incident i) {
    AppealDeciders.Level employeeLevel =
        i.getEmployeeCode() == null
            ? AppealDeciders.Level.NONE
            : assignments
                .positionAt(i.getEmployeeCode(), i.getStoreCode(), i.getOccurredOn())
                .map(AppealDeciders.Level::ofPosition)
                .orElse(AppealDeciders.Level.NONE);
    AppealDeciders.Involved involved =
        new AppealDeciders.Involved(
            i.getRecordedBy(), i.getRecordedByRole(), i.getEmployeeCode(), employeeLevel);
    Optional<AppealDeciders.Refusal> refusal =
        scope.canWrite()
            ? AppealDeciders.refusal(
                new AppealDeciders.Decider(
                    scope.username(),
                    scope.role(),
                    organization.ownEmployeeCode(scope).orElse(null)),
                involved)
            : Optional.of(AppealDeciders.Refusal.LEVEL_TOO_LOW);
    return new Deciding(refusal, involved.required(), i.getRecordedBy());
  }

  /** Whether the incident's month is published (nothing dated in it can be voided or appealed). */
  @Transactional(readOnly = true)
  public boolean monthClosed(Incident i) {
    return locks.isClosed(i.month());
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

  /**
   * A recorded incident as the month close reads it and hands it to the rules. {@code occurredOn}
   * is already the date in the group's zone; {@code employeeCode} is null for store-level
   * incidents; {@code minutes} and {@code points} are null unless the type takes them.
   */
  public record LedgerRow(
      long id,
      String type,
      String storeCode,
      String employeeCode,
      LocalDate occurredOn,
      int quantity,
      Integer minutes,
      BigDecimal points,
      boolean appealPending)
      implements Occurrence {
    public LedgerRow {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(storeCode, "storeCode");
      Objects.requireNonNull(occurredOn, "occurredOn");
    }

    /** The row of an incident already read as an entity. */
    public static LedgerRow of(Incident i) {
      return new LedgerRow(
          i.getId(),
          i.getType(),
          i.getStoreCode(),
          i.getEmployeeCode(),
          i.getOccurredOn(),
          i.getQuantity(),
          i.getMinutes(),
          i.getPoints(),
          i.getAppealStatus() == AppealStatus.PENDING);
    }
  }

  /** The incident as the month close reads it, whatever its status now; empty when unknown. */
  @Transactional(readOnly = true)
  public Optional<LedgerRow> row(long id) {
    return incidents.findById(id).map(LedgerRow::of);
  }

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
