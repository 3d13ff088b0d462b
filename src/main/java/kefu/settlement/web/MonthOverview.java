package kefu.settlement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * The month overview of the statements one user may see: sorted rows of the chosen store (or all),
 * their totals, and the fine total per store for the chart (always over every visible store, so the
 * chart keeps comparing stores while the table is filtered to one).
 */
record MonthOverview(
    List<StatementView> rows,
    Money fineTotal,
    Points pointsDeducted,
    long flaggedCount,
    List<StoreFines> finesByStore) {

  /** One bar of the chart. */
  record StoreFines(String storeCode, String storeName, BigDecimal fines) {}

  static MonthOverview of(
      List<StatementView> visible, String storeCode, StatementSort sort, boolean descending) {
    List<StatementView> rows =
        visible.stream()
            .filter(s -> storeCode == null || storeCode.equals(s.storeCode()))
            .sorted(sort.comparator(descending))
            .toList();
    Money fines = Money.ZERO;
    Points deducted = Points.ZERO;
    for (StatementView s : rows) {
      fines = fines.plus(s.fineTotal());
      deducted = deducted.plus(s.pointsDeducted());
    }
    long flagged = rows.stream().filter(StatementView::flagged).count();
    return new MonthOverview(rows, fines, deducted, flagged, byStore(visible));
  }

  private static List<StoreFines> byStore(List<StatementView> visible) {
    Map<String, StatementView> firstOfStore = new LinkedHashMap<>();
    Map<String, Money> totals = new LinkedHashMap<>();
    visible.stream()
        .filter(s -> s.storeCode() != null)
        .sorted(StatementSort.STORE.comparator(false))
        .forEach(
            s -> {
              firstOfStore.putIfAbsent(s.storeCode(), s);
              totals.merge(s.storeCode(), s.fineTotal(), Money::plus);
            });
    List<StoreFines> bars = new ArrayList<>();
    totals.forEach(
        (code, total) ->
            bars.add(new StoreFines(code, firstOfStore.get(code).storeName(), total.amount())));
    return bars;
  }

  /** Whether any row has a score: the table then shows the score and its rank. */
  public boolean scored() {
    return rows.stream().anyMatch(s -> s.standing().score() != null);
  }

  /** Whether any row has pay: the table then shows the net pay. */
  public boolean paid() {
    return rows.stream().anyMatch(s -> s.pay() != null);
  }

  List<String> chartLabels() {
    return finesByStore.stream()
        .map(b -> b.storeName() == null ? b.storeCode() : b.storeName())
        .toList();
  }

  List<BigDecimal> chartValues() {
    return finesByStore.stream().map(StoreFines::fines).toList();
  }
}
