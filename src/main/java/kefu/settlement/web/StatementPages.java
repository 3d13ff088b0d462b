package kefu.settlement.web;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import kefu.incident.IncidentLedger;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.NotFound;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.Pay;
import kefu.settlement.StatementLine;
import kefu.settlement.web.StatementView.IncidentRef;
import org.springframework.stereotype.Component;

/**
 * Reads a month within the user's scope and turns its statements into {@link StatementView}s: the
 * pages, the Excel export and the PDF all start here, so they always agree.
 */
@Component
record StatementPages(
    MonthClose close, Organization organization, IncidentLedger ledger, Texts texts) {

  /** A month and the statements the user may see, with incidents cited by id only. */
  record MonthView(MonthSettlement settlement, List<StatementView> statements) {}

  MonthView month(AccessScope scope, YearMonth month) {
    MonthSettlement settlement = close.get(scope, month);
    Map<String, String> names =
        organization.employeeNames(
            settlement.statements().stream().map(EmployeeStatement::employeeCode).toList());
    Map<String, String> stores = storeNames(scope);
    List<StatementView> views =
        settlement.statements().stream()
            .map(s -> view(settlement, s, names, stores, IncidentRef::idOnly))
            .toList();
    return new MonthView(settlement, views);
  }

  /**
   * One employee's statement with every cited incident looked up, in a fixed number of queries
   * however many it cites; not found when the month has no statement for them or the user may not
   * see it (staff see only their own).
   */
  StatementView statement(AccessScope scope, YearMonth month, String employeeCode) {
    MonthSettlement settlement = close.get(scope, month, employeeCode);
    EmployeeStatement statement =
        settlement.statements().stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("statement " + employeeCode + "@" + month));
    Map<Long, IncidentRef> cited = new HashMap<>();
    ledger
        .visible(scope, statement.lines().stream().flatMap(l -> l.incidentIds().stream()).toList())
        .forEach(
            i ->
                cited.put(
                    i.getId(), new IncidentRef(i.getId(), i.getOccurredOn(), i.getNote(), true)));
    return view(
        settlement,
        statement,
        organization.employeeNames(List.of(employeeCode)),
        storeNames(scope),
        id -> cited.getOrDefault(id, IncidentRef.idOnly(id)));
  }

  /** An appeal still waiting in the month, with the name of whom it concerns. */
  record PendingAppealRow(
      long incidentId, String employeeCode, String employeeName, String storeCode, String day) {}

  /** The month's appeals that wait for a decision, in two queries (the appeals, then names). */
  List<PendingAppealRow> pendingAppeals(AccessScope scope, YearMonth month) {
    List<IncidentLedger.PendingAppeal> pending = ledger.pendingAppeals(scope, month);
    Map<String, String> names =
        organization.employeeNames(
            pending.stream()
                .map(IncidentLedger.PendingAppeal::employeeCode)
                .filter(java.util.Objects::nonNull)
                .toList());
    return pending.stream()
        .map(
            a ->
                new PendingAppealRow(
                    a.incidentId(),
                    a.employeeCode(),
                    a.employeeCode() == null ? null : names.get(a.employeeCode()),
                    a.storeCode(),
                    a.occurredOn().toString()))
        .toList();
  }

  List<Store> visibleStores(AccessScope scope) {
    return organization.visibleStores(scope);
  }

  /**
   * The store code a month view or its export is filtered to, null for all; a store outside the
   * caller's scope is not found, so a download tells no more than the page.
   */
  String storeFilter(AccessScope scope, String storeCode) {
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode.trim();
    if (store != null && visibleStores(scope).stream().noneMatch(s -> s.getCode().equals(store))) {
      throw new NotFound("store " + store);
    }
    return store;
  }

  private Map<String, String> storeNames(AccessScope scope) {
    Map<String, String> names = new HashMap<>();
    organization.visibleStores(scope).forEach(s -> names.put(s.getCode(), s.getName()));
    return names;
  }

  private StatementView view(
      MonthSettlement month,
      EmployeeStatement s,
      Map<String, String> names,
      Map<String, String> stores,
      LongFunction<IncidentRef> incidents) {
    return new StatementView(
        month.month(),
        month.status(),
        s.employeeCode(),
        names.get(s.employeeCode()),
        s.storeCode(),
        stores.get(s.storeCode()),
        s.fineTotal(),
        s.pointsDeducted(),
        s.pointsRemaining(),
        flags(s.flags()),
        s.lines().stream().map(l -> line(l, incidents)).toList(),
        new StatementView.Standing(
            s.score(), flags(s.scoreFlags()), s.rankInStore(), s.rankInGroup()),
        s.pay() == null ? null : pay(s.pay()));
  }

  private List<StatementView.Flag> flags(List<String> codes) {
    return codes.stream().map(f -> new StatementView.Flag(f, texts.flagLabel(f))).toList();
  }

  private StatementView.PayView pay(Pay pay) {
    return new StatementView.PayView(
        pay.base(),
        pay.allowances(),
        pay.commission(),
        pay.rewards(),
        pay.fines(),
        pay.net(),
        pay.lines().stream()
            .map(
                l ->
                    new StatementView.PayLine(
                        texts.get("settlement.pay.part." + l.part()),
                        l.packId(),
                        l.packVersion(),
                        l.clause(),
                        texts.typeLabel(l.type()),
                        l.amount(),
                        texts.note(l.note())))
            .toList());
  }

  private StatementView.Line line(StatementLine l, LongFunction<IncidentRef> incidents) {
    YearMonth corrected = l.correctedMonth().orElse(null);
    String typeLabel =
        l.isAdjustment() ? texts.get("settlement.line.adjustment") : texts.typeLabel(l.type());
    String explanation =
        corrected == null
            ? texts.note(l.note())
            : texts.get("settlement.line.correction", corrected.toString(), l.correctionReason());
    return new StatementView.Line(
        l.packId(),
        l.packVersion(),
        l.clause(),
        l.type(),
        typeLabel,
        l.incidentIds().stream().map(incidents::apply).toList(),
        l.fine(),
        l.points(),
        explanation,
        l.appealPending(),
        corrected,
        l.earning());
  }
}
