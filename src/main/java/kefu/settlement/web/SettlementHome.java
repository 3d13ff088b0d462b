package kefu.settlement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.incident.AppealStatus;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.RequestMemo;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.MonthTotals;
import kefu.settlement.SettlementStatus;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The month close on the home page. Group CS, executives and store managers get the month's figures
 * by store with the store ranking, the appeals waiting and a six-month trend, and where the close
 * stands; staff get their own month. A card reads its figures in grouped queries within one
 * transaction; to-dos name the months to compute or publish.
 */
@Configuration
class SettlementHome {

  static final String MANAGERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  /** How many months the trend shows, the shown one included. */
  static final int TREND_MONTHS = 6;

  /** How many months of their published statements staff see. */
  static final int OWN_STATEMENT_MONTHS = 12;

  private final MonthClose close;
  private final Organization organization;
  private final CurrentUser currentUser;
  private final IncidentLedger ledger;
  private final Texts texts;
  private final JsonMapper json;
  private final TransactionTemplate readOnly;

  SettlementHome(
      MonthClose close,
      Organization organization,
      CurrentUser currentUser,
      IncidentLedger ledger,
      Texts texts,
      JsonMapper json,
      PlatformTransactionManager transactions) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.close = close;
    this.organization = organization;
    this.currentUser = currentUser;
    this.ledger = ledger;
    this.texts = texts;
    this.json = json;
  }

  /** One store's line of the month: its place in the ranking and its figures. */
  record StoreRow(
      int rank,
      String storeCode,
      String storeName,
      Money fines,
      Points pointsDeducted,
      long statements,
      long flagged,
      long pendingAppeals) {}

  /**
   * The month shown (this month once computed, else last month), its status (null: not computed),
   * its stores ranked, their totals, the trend as the chart's JSON, where last month's close stands
   * and how many appeals wait for a decision.
   */
  record Overview(
      YearMonth month,
      SettlementStatus status,
      List<StoreRow> stores,
      Money fines,
      Points pointsDeducted,
      long flagged,
      String trend,
      Message closeStatus,
      long pendingAppeals) {}

  /** One of the staff member's incidents of the month. */
  record OwnIncident(
      long id, LocalDate day, String typeLabel, String status, AppealStatus appeal) {}

  /** One of the staff member's published statements. */
  record OwnStatement(YearMonth month, Money fines, Points pointsDeducted, Points remaining) {}

  /** 我的本月: the month so far and the statements published. */
  record OwnMonth(
      YearMonth month,
      String employeeCode,
      List<OwnIncident> incidents,
      Points remaining,
      long pendingAppeals,
      List<OwnStatement> statements) {}

  /** One card, so its reads share one transaction and one connection. */
  @Bean
  HomeCard monthOverviewCard() {
    return HomeCard.rich(
        "home.card.overview",
        "/settlements",
        MANAGERS,
        10,
        "settlements/home :: overview",
        () -> readOnly.execute(tx -> overview()));
  }

  @Bean
  HomeCard ownMonthCard() {
    return HomeCard.rich(
        "home.card.ownMonth",
        "/settlements",
        "hasRole('STAFF')",
        5,
        "settlements/home :: ownMonth",
        // one transaction, so one connection, for the card's few reads
        () -> readOnly.execute(tx -> ownMonth()));
  }

  @Bean
  TodoList monthsToClose() {
    return () -> {
      if (!SettlementController.canClose(currentUser.scope())) {
        return List.of();
      }
      List<Todo> todos = new ArrayList<>();
      YearMonth last = lastMonth();
      List<MonthSettlement> months = months();
      if (months.stream().noneMatch(m -> m.month().equals(last))) {
        todos.add(new Todo(new Message("home.todo.compute", last.toString()), "/settlements"));
      }
      months.stream()
          .filter(m -> m.status() == SettlementStatus.DRAFT)
          .map(
              m ->
                  new Todo(
                      new Message("home.todo.publish", m.month().toString()),
                      "/settlements/" + m.month()))
          .forEach(todos::add);
      return todos;
    };
  }

  Overview overview() {
    AccessScope scope = currentUser.scope();
    YearMonth current = YearMonth.from(organization.today());
    Map<YearMonth, SettlementStatus> computed = new HashMap<>();
    months().forEach(m -> computed.put(m.month(), m.status()));
    YearMonth shown = computed.containsKey(current) ? current : current.minusMonths(1);
    YearMonth first = shown.minusMonths(TREND_MONTHS - 1L);
    List<MonthTotals> totals = close.totals(scope, first, shown);
    Map<String, String> names = storeNames(scope);
    List<MonthTotals> ofShown = totals.stream().filter(t -> t.month().equals(shown)).toList();
    List<MonthTotals> ranked =
        ofShown.stream().sorted(RANKING.thenComparing(MonthTotals::storeCode)).toList();
    Map<String, Long> pending = ledger.pendingAppealsByStore(scope);
    List<StoreRow> rows = new ArrayList<>();
    Money fines = Money.ZERO;
    Points deducted = Points.ZERO;
    long flagged = 0;
    for (MonthTotals t : ranked) {
      rows.add(
          new StoreRow(
              rows.size() + 1,
              t.storeCode(),
              names.get(t.storeCode()),
              t.fines(),
              t.pointsDeducted(),
              t.statements(),
              t.flagged(),
              pending.getOrDefault(t.storeCode(), 0L)));
      fines = fines.plus(t.fines());
      deducted = deducted.plus(t.pointsDeducted());
      flagged += t.flagged();
    }
    return new Overview(
        shown,
        computed.get(shown),
        rows,
        fines,
        deducted,
        flagged,
        trend(first, totals, computed),
        closeStatus(computed),
        pending.values().stream().mapToLong(Long::longValue).sum());
  }

  /** Where last month's close stands. */
  private Message closeStatus(Map<YearMonth, SettlementStatus> computed) {
    YearMonth last = lastMonth();
    SettlementStatus status = computed.get(last);
    return new Message(
        "home.card.month." + (status == null ? "NONE" : status.name()), last.toString());
  }

  /**
   * Fewest points deducted per statement first, then fewest fines per statement: compared by cross
   * multiplication, so no division rounds.
   */
  static final Comparator<MonthTotals> RANKING =
      (a, b) -> {
        int byPoints =
            perStatement(
                a.pointsDeducted().value(), a.statements(),
                b.pointsDeducted().value(), b.statements());
        return byPoints != 0
            ? byPoints
            : perStatement(a.fines().amount(), a.statements(), b.fines().amount(), b.statements());
      };

  private static int perStatement(BigDecimal a, long aCount, BigDecimal b, long bCount) {
    return a.multiply(BigDecimal.valueOf(bCount)).compareTo(b.multiply(BigDecimal.valueOf(aCount)));
  }

  /**
   * Per month of the trend: fines and points summed over the stores, null for months not computed.
   */
  private String trend(
      YearMonth first, List<MonthTotals> totals, Map<YearMonth, SettlementStatus> computed) {
    Map<YearMonth, Money> fines = new LinkedHashMap<>();
    Map<YearMonth, Points> points = new LinkedHashMap<>();
    totals.forEach(
        t -> {
          fines.merge(t.month(), t.fines(), Money::plus);
          points.merge(t.month(), t.pointsDeducted(), Points::plus);
        });
    List<String> labels = new ArrayList<>();
    List<BigDecimal> fineValues = new ArrayList<>();
    List<BigDecimal> pointValues = new ArrayList<>();
    for (int i = 0; i < TREND_MONTHS; i++) {
      YearMonth m = first.plusMonths(i);
      boolean done = computed.containsKey(m);
      labels.add(m.toString());
      fineValues.add(done ? fines.getOrDefault(m, Money.ZERO).amount() : null);
      pointValues.add(done ? points.getOrDefault(m, Points.ZERO).value() : null);
    }
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", labels);
    chart.put(
        "datasets",
        List.of(
            Map.of("label", texts.get("settlement.col.fineTotal"), "values", fineValues),
            Map.of("label", texts.get("settlement.col.pointsDeducted"), "values", pointValues)));
    return json.writeValueAsString(chart);
  }

  OwnMonth ownMonth() {
    AccessScope scope = currentUser.scope();
    String code = organization.codes(scope).employeeCode();
    YearMonth month = YearMonth.from(organization.today());
    List<Incident> incidents =
        code == null
            ? List.of()
            : ledger.find(scope, new IncidentLedger.Query(month, null, code, null, null));
    Optional<EmployeeStatement> running =
        code == null ? Optional.empty() : close.runningStatement(code, month, incidents);
    List<OwnStatement> statements =
        close.totals(scope, month.minusMonths(OWN_STATEMENT_MONTHS), month).stream()
            .sorted(Comparator.comparing(MonthTotals::month).reversed())
            .map(
                t ->
                    new OwnStatement(t.month(), t.fines(), t.pointsDeducted(), t.lowestRemaining()))
            .toList();
    return new OwnMonth(
        month,
        code,
        incidents.stream()
            .sorted(Comparator.comparing(Incident::getOccurredAt))
            .map(
                i ->
                    new OwnIncident(
                        i.getId(),
                        i.getOccurredOn(),
                        texts.typeLabel(i.getType()),
                        i.getStatus().name(),
                        i.getAppealStatus()))
            .toList(),
        running.map(EmployeeStatement::pointsRemaining).orElse(null),
        incidents.stream().filter(i -> i.getAppealStatus() == AppealStatus.PENDING).count(),
        statements);
  }

  /** The computed months, read once per request however many cards ask. */
  private List<MonthSettlement> months() {
    return RequestMemo.get("settlement.months", close::months);
  }

  /** The names of the stores the user sees, read once per request for all cards. */
  private Map<String, String> storeNames(AccessScope scope) {
    return RequestMemo.get(
        "settlement.storeNames." + scope,
        () -> {
          Map<String, String> names = new HashMap<>();
          organization.visibleStores(scope).forEach(s -> names.put(s.getCode(), s.getName()));
          return names;
        });
  }

  private YearMonth lastMonth() {
    return YearMonth.from(organization.today()).minusMonths(1);
  }
}
