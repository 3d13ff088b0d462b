package kefu.settlement;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import kefu.audit.AuditRecord;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentLedger.LedgerRow;
import kefu.incident.IncidentStatus;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.organization.Organization.ScopeCodes;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import kefu.policy.Adoption;
import kefu.policy.PolicyCatalog;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month close: gathers the month's facts with a handful of set-based queries, lets the pure
 * {@link SettlementCalculator} explain every consequence, and stores the statements as a draft.
 * Publishing recomputes once more and locks the month; later corrections go into the next open
 * month as adjustments that cite the original.
 *
 * <p>Each phase is timed as {@value #PHASE_TIMER} with tag {@code phase} = {@code read}, {@code
 * calculate} or {@code store} (under /actuator/metrics; the month-close benchmark reports them).
 */
@Service
@Transactional
public class MonthClose {

  /** How many earlier months a streak flag can look back on. */
  private static final int STREAK_HISTORY_MONTHS = 12;

  /** The timer of the close's phases, tagged {@code phase}. */
  public static final String PHASE_TIMER = "kefu.settlement.close";

  /** The name the audit log files a month's settlement under. */
  static final String AUDITED_AS = "settlement";

  /**
   * How the audit log records a step of the close: the month's status before it (null when any) and
   * after it, with the number of statements and their fines.
   */
  static AuditRecord audited(
      YearMonth month,
      SettlementStatus before,
      SettlementStatus after,
      int statements,
      String fineTotal,
      String by,
      Instant at) {
    return AuditRecord.updated(
        AUDITED_AS,
        month,
        before == null ? null : Map.of("status", before.name()),
        Map.of("status", after.name(), "statements", statements, "fineTotal", fineTotal),
        by,
        at);
  }

  private final SettlementStore store;
  private final Assignments assignments;
  private final IncidentLedger ledger;
  private final PolicyCatalog catalog;
  private final Organization organization;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final MeterRegistry meters;
  private final SettlementCalculator calculator = new SettlementCalculator();
  private final ObjectProvider<MonthCharges> charges;
  private final ObjectProvider<MonthEarnings> earnings;
  private final ObjectProvider<MonthScores> scores;

  MonthClose(
      SettlementStore store,
      Assignments assignments,
      IncidentLedger ledger,
      PolicyCatalog catalog,
      Organization organization,
      ApplicationEventPublisher events,
      Clock clock,
      MeterRegistry meters,
      ObjectProvider<MonthCharges> charges,
      ObjectProvider<MonthEarnings> earnings,
      ObjectProvider<MonthScores> scores) {
    this.store = store;
    this.assignments = assignments;
    this.ledger = ledger;
    this.catalog = catalog;
    this.organization = organization;
    this.events = events;
    this.clock = clock;
    this.meters = meters;
    this.charges = charges;
    this.earnings = earnings;
    this.scores = scores;
  }

  /** The outcome of a compute: the month and whether it was computed for the first time. */
  public record Computed(MonthSettlement settlement, boolean created) {}

  @Transactional(readOnly = true)
  public boolean isLocked(YearMonth month) {
    return store.isPublished(month);
  }

  /** Computes (or recomputes) the month's draft for everyone assigned in it. */
  public Computed compute(AccessScope scope, YearMonth month) {
    requireCloser(scope);
    boolean created = draft(month, scope.username());
    return new Computed(get(scope, month), created);
  }

  /** Computes the month's draft anew; true when it is the month's first. */
  private boolean draft(YearMonth month, String by) {
    store.holdForClose(month);
    Optional<SettlementStore.MonthRow> current = store.month(month);
    if (current.isPresent() && current.get().status() == SettlementStatus.PUBLISHED) {
      throw new Conflict("month " + month + " is published and locked");
    }
    List<EmployeeStatement> statements = settle(month);
    Instant now = Instant.now(clock);
    phase("store", () -> store.saveDraft(month, current, statements, by, now));
    events.publishEvent(new MonthComputed(month, statements.size(), total(statements), by, now));
    return current.isEmpty();
  }

  /**
   * Recomputes from the ledger as it is now and locks the month. The month is held from the first
   * read to the commit, so every change to it acknowledged before is in what is published, and
   * every change after is refused.
   */
  public MonthSettlement publish(AccessScope scope, YearMonth month) {
    requireCloser(scope);
    store.holdForClose(month);
    SettlementStore.MonthRow row =
        store.month(month).orElseThrow(() -> new NotFound("settlement " + month));
    if (row.status() == SettlementStatus.PUBLISHED) {
      throw new Conflict("month " + month + " is already published");
    }
    List<EmployeeStatement> statements = settle(month);
    Instant now = Instant.now(clock);
    long version =
        phase(
            "store",
            () -> store.saveDraft(month, Optional.of(row), statements, scope.username(), now));
    store.publish(month, version, scope.username(), now);
    events.publishEvent(
        new MonthPublished(month, statements.size(), total(statements), scope.username(), now));
    return get(scope, month);
  }

  /**
   * The month as the user may see it: all of it, their store's statements, or their own. Staff see
   * a month only once it is published: a draft is not found for them.
   */
  @Transactional(readOnly = true)
  public MonthSettlement get(AccessScope scope, YearMonth month) {
    SettlementStore.MonthRow row = visibleMonth(scope, month);
    ScopeCodes codes = organization.codes(scope);
    return new MonthSettlement(
        row.month(),
        row.status(),
        row.computedAt(),
        row.publishedAt(),
        store.statements(month, codes.storeCode(), codes.employeeCode()));
  }

  /**
   * The month with only {@code employeeCode}'s statement, if the user may see it: one row read, not
   * the whole month.
   */
  @Transactional(readOnly = true)
  public MonthSettlement get(AccessScope scope, YearMonth month, String employeeCode) {
    SettlementStore.MonthRow row = visibleMonth(scope, month);
    ScopeCodes codes = organization.codes(scope);
    boolean visible = codes.employeeCode() == null || codes.employeeCode().equals(employeeCode);
    return new MonthSettlement(
        row.month(),
        row.status(),
        row.computedAt(),
        row.publishedAt(),
        visible ? store.statements(month, codes.storeCode(), employeeCode) : List.of());
  }

  /** The computed months the user may open: staff only the published ones. */
  @Transactional(readOnly = true)
  public List<MonthSettlement> months(AccessScope scope) {
    return months().stream()
        .filter(m -> !publishedOnly(scope) || m.status() == SettlementStatus.PUBLISHED)
        .toList();
  }

  private SettlementStore.MonthRow visibleMonth(AccessScope scope, YearMonth month) {
    return store
        .month(month)
        .filter(r -> !publishedOnly(scope) || r.status() == SettlementStatus.PUBLISHED)
        .orElseThrow(() -> new NotFound("settlement " + month));
  }

  /** Staff read their statements once published; drafts are for those who close the month. */
  private static boolean publishedOnly(AccessScope scope) {
    return scope.role() == Role.STAFF;
  }

  @Transactional(readOnly = true)
  public List<MonthSettlement> months() {
    return store.months().stream()
        .map(
            r ->
                new MonthSettlement(
                    r.month(), r.status(), r.computedAt(), r.publishedAt(), List.of()))
        .toList();
  }

  /**
   * The figures of the months from {@code from} to {@code to} per month and store, within the
   * user's scope (staff: their own published statements only), in one query.
   */
  @Transactional(readOnly = true)
  public List<MonthTotals> totals(AccessScope scope, YearMonth from, YearMonth to) {
    ScopeCodes codes = organization.codes(scope);
    return store.totals(from, to, codes.storeCode(), codes.employeeCode(), publishedOnly(scope));
  }

  /**
   * What {@code employeeCode}'s statement of {@code month} would say about points if the month were
   * computed now from their own recorded incidents, filed under their post at the month's end. A
   * preview for their home page, never stored: fines that depend on pay, shares of other people's
   * incidents and streak flags are left out.
   */
  @Transactional(readOnly = true)
  public Optional<EmployeeStatement> runningStatement(
      String employeeCode, YearMonth month, List<Incident> ownIncidents) {
    List<AssignmentPeriod> post =
        assignments.lastPosts(List.of(employeeCode), month.atEndOfMonth());
    if (post.isEmpty()) {
      return Optional.empty();
    }
    Map<Object, Object> distinct = new HashMap<>();
    List<LedgerRow> incidents =
        ownIncidents.stream()
            .filter(i -> employeeCode.equals(i.getEmployeeCode()))
            .filter(i -> i.getStatus() == IncidentStatus.RECORDED)
            .map(i -> interned(LedgerRow.of(i), distinct))
            .toList();
    return calculator
        .settle(
            new SettlementInput(
                month, post, Map.of(), catalog.adoptions(), incidents, Map.of(), List.of()))
        .stream()
        .filter(s -> s.employeeCode().equals(employeeCode))
        .findFirst();
  }

  /**
   * Records a correction of a published month into the first month after it that is not published,
   * citing the original; it shows there as an adjustment line.
   */
  public YearMonth correct(AccessScope scope, YearMonth published, Adjustment correction) {
    requireCloser(scope);
    if (!isLocked(published)) {
      throw new Conflict("month " + published + " is not published: correct its incidents instead");
    }
    if (correction.note() == null || correction.note().isBlank()) {
      throw new BadInput("note", "validation.required");
    }
    if (correction.fine().isZero() && correction.points().isZero()) {
      throw new BadInput("fine", "settlement.adjustment.empty");
    }
    // Checked here because a statement needs a store: one for a stranger could never be settled.
    List<FieldProblem> unknown = new ArrayList<>();
    if (assignments
        .lastPosts(List.of(correction.employeeCode()), published.atEndOfMonth())
        .isEmpty()) {
      unknown.add(new FieldProblem("employeeCode", "settlement.adjustment.unknownEmployee"));
    }
    if (!ledger.unknown(correction.incidentIds()).isEmpty()) {
      unknown.add(new FieldProblem("incidentIds", "settlement.adjustment.unknownIncident"));
    }
    if (!unknown.isEmpty()) {
      throw new BadInput("problem.invalid", unknown);
    }
    Adjustment cited =
        new Adjustment(
            correction.employeeCode(),
            correction.fine(),
            correction.points(),
            published.toString(),
            correction.incidentIds(),
            correction.note().trim());
    YearMonth target = nextOpen(published);
    carry(target, cited, scope.username(), Instant.now(clock));
    return target;
  }

  /**
   * Carries an appeal granted after {@code published} was published into the first open month after
   * it: for everyone whose figures the incident changed (its employee, and whoever a cascade or
   * collective fine reached), an adjustment citing it that gives back exactly what it added. What
   * it added is the month settled as it is now, once with the incident and once without, so tiers
   * and allowances count as they did. Once per incident: a second delivery of the decision finds
   * the first and adds nothing. Nothing is carried when the incident changed no figure.
   */
  void carryGrantedAppeal(
      YearMonth published, long incidentId, String reason, String by, Instant at) {
    if (store.appealCorrection(incidentId).isPresent()) {
      return;
    }
    LedgerRow row =
        ledger.row(incidentId).orElseThrow(() -> new NotFound("incident " + incidentId));
    SettlementInput now = input(published);
    List<LedgerRow> without = now.incidents().stream().filter(f -> f.id() != incidentId).toList();
    List<LedgerRow> with = new ArrayList<>(without);
    with.add(interned(row, new HashMap<>()));
    Map<String, EmployeeStatement> was = byEmployee(calculator.settle(now.withIncidents(with)));
    Map<String, EmployeeStatement> is = byEmployee(calculator.settle(now.withIncidents(without)));
    List<Adjustment> reversals = new ArrayList<>();
    for (String employee : new TreeSet<>(was.keySet())) {
      EmployeeStatement before = was.get(employee);
      EmployeeStatement after = is.get(employee);
      Money fine =
          Money.of(
              (after == null ? BigDecimal.ZERO : after.fineTotal().amount())
                  .subtract(before.fineTotal().amount()));
      Points points =
          (after == null ? Points.ZERO : after.pointsDeducted()).minus(before.pointsDeducted());
      if (!fine.isZero() || !points.isZero()) {
        reversals.add(
            new Adjustment(
                employee, fine, points, published.toString(), List.of(incidentId), note(reason)));
      }
    }
    Optional<YearMonth> target =
        reversals.isEmpty() ? Optional.empty() : Optional.of(nextOpen(published));
    store.markAppealCarried(incidentId, published, target, by, at);
    if (target.isPresent()) {
      reversals.forEach(a -> carry(target.get(), a, by, at));
      // a draft already computed shows the correction at once, as a recompute would
      if (store.month(target.get()).isPresent()) {
        draft(target.get(), by);
      }
    }
  }

  /** The first month after {@code published} that is not published, held open for the change. */
  private YearMonth nextOpen(YearMonth published) {
    YearMonth target = published.plusMonths(1);
    while (!store.holdOpen(target)) {
      target = target.plusMonths(1);
    }
    return target;
  }

  /** Stores an adjustment into {@code target} and announces it for the audit log. */
  private void carry(YearMonth target, Adjustment cited, String by, Instant at) {
    store.addAdjustment(target, cited, by, at);
    events.publishEvent(
        new CorrectionRecorded(
            cited.employeeCode(),
            target,
            Map.of(
                "employeeCode",
                cited.employeeCode(),
                "fine",
                cited.fine().toString(),
                "points",
                cited.points().toString(),
                "citesMonth",
                cited.citesMonth(),
                "incidentIds",
                cited.incidentIds(),
                "note",
                cited.note(),
                "intoMonth",
                target.toString()),
            by,
            at));
  }

  /** The longest note an adjustment keeps (its column's width). */
  private static final int NOTE_MAX = 500;

  /** The decision's reason as an adjustment's note, cut to fit with an ellipsis if longer. */
  private static String note(String reason) {
    String text = reason == null ? "" : reason.trim();
    return text.codePointCount(0, text.length()) <= NOTE_MAX
        ? text
        : text.substring(0, text.offsetByCodePoints(0, NOTE_MAX - 1)) + "…";
  }

  private static Map<String, EmployeeStatement> byEmployee(List<EmployeeStatement> statements) {
    Map<String, EmployeeStatement> out = new HashMap<>();
    statements.forEach(st -> out.put(st.employeeCode(), st));
    return out;
  }

  /**
   * The month settled twice from one reading, with nothing stored, locked or published: as adopted,
   * and with the adoptions {@code instead} gives for the adopted ones, the earnings worked out
   * again under them. What-if runs use it, so they show exactly what adopting would do; only the
   * two statement sets are held beyond one close.
   */
  public SettledTwice settleTwice(YearMonth month, UnaryOperator<List<Adoption>> instead) {
    SettlementInput adopted = phase("read", () -> input(month));
    List<EmployeeStatement> before = phase("calculate", () -> calculator.settle(adopted));
    List<Adoption> others = instead.apply(adopted.adoptions());
    // pay follows the pay sections in force: earned again under the simulated adoptions
    List<MonthEarning> earned =
        phase(
            "read",
            () -> earnings.orderedStream().flatMap(e -> e.of(month, others).stream()).toList());
    SettlementInput simulated = adopted.withAdoptions(others, earned);
    List<EmployeeStatement> after = phase("simulate", () -> calculator.settle(simulated));
    return new SettledTwice(adopted.adoptions(), before, after);
  }

  /** The adoptions a month was settled with, and its statements as adopted and as simulated. */
  public record SettledTwice(
      List<Adoption> adopted, List<EmployeeStatement> before, List<EmployeeStatement> after) {}

  private List<EmployeeStatement> settle(YearMonth month) {
    SettlementInput input = phase("read", () -> input(month));
    return phase("calculate", () -> calculator.settle(input));
  }

  private <T> T phase(String name, Supplier<T> work) {
    return meters.timer(PHASE_TIMER, "phase", name).record(work);
  }

  /** Everything the calculator needs, read in a fixed number of queries whatever the size. */
  private SettlementInput input(YearMonth month) {
    List<Adjustment> adjustments = store.adjustments(month);
    List<MonthCharge> charged = charges.orderedStream().flatMap(c -> c.of(month).stream()).toList();
    List<MonthEarning> earned =
        earnings.orderedStream().flatMap(e -> e.of(month).stream()).toList();
    List<MonthScore> scored = scores.orderedStream().flatMap(sc -> sc.of(month).stream()).toList();
    List<AssignmentPeriod> periods = new ArrayList<>(assignments.settledIn(month));
    // A correction or charge for someone who has left is filed under their last post.
    Set<String> departed = new TreeSet<>();
    adjustments.forEach(a -> departed.add(a.employeeCode()));
    charged.forEach(c -> departed.add(c.employeeCode()));
    periods.forEach(p -> departed.remove(p.employeeCode()));
    periods.addAll(assignments.lastPosts(departed, month.atEndOfMonth()));
    Map<String, Money> pay = new HashMap<>();
    assignments
        .basePay(periods.stream().map(AssignmentPeriod::employeeCode).distinct().toList(), month)
        .forEach((code, amount) -> pay.put(code, Money.of(amount)));
    List<LedgerRow> incidents = new ArrayList<>();
    // A month has a million incidents but only some thousand distinct codes and 31 days: keeping
    // one instance of each (rather than one per row as the driver reads them) keeps the rows
    // compact while they are held for the calculation.
    Map<Object, Object> distinct = new HashMap<>();
    ledger.forEachRecorded(month, r -> incidents.add(interned(r, distinct)));
    Map<String, List<Points>> previous = store.previousRemaining(month, STREAK_HISTORY_MONTHS);
    return new SettlementInput(
        month,
        periods,
        pay,
        catalog.adoptions(),
        incidents,
        previous,
        adjustments,
        new Contributions(charged, earned, scored));
  }

  private static LedgerRow interned(LedgerRow r, Map<Object, Object> distinct) {
    return new LedgerRow(
        r.id(),
        shared(distinct, r.type()),
        shared(distinct, r.storeCode()),
        shared(distinct, r.employeeCode()),
        shared(distinct, r.occurredOn()),
        r.quantity(),
        r.minutes(),
        r.points(),
        r.appealPending());
  }

  /** The one instance of {@code value} kept in {@code distinct} (null stays null). */
  @SuppressWarnings("unchecked")
  private static <T> T shared(Map<Object, Object> distinct, T value) {
    return value == null ? null : (T) distinct.computeIfAbsent(value, v -> v);
  }

  private static void requireCloser(AccessScope scope) {
    if (!(scope.allStores() && scope.canWrite())) {
      throw new Forbidden("only group CS and administrators close months");
    }
  }

  private static String total(List<EmployeeStatement> statements) {
    return statements.stream()
        .map(EmployeeStatement::fineTotal)
        .reduce(Money.ZERO, Money::plus)
        .toString();
  }
}
