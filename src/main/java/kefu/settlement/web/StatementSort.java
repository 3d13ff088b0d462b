package kefu.settlement.web;

import java.util.Comparator;
import java.util.Locale;

/** The overview's sortable columns; the query parameter is the lower-case name. */
enum StatementSort {
  CODE(Comparator.comparing(StatementView::employeeCode)),
  NAME(
      Comparator.comparing(
          StatementView::employeeName, Comparator.nullsLast(Comparator.naturalOrder()))),
  STORE(
      Comparator.comparing(
          StatementView::storeCode, Comparator.nullsLast(Comparator.naturalOrder()))),
  FINE(Comparator.comparing(StatementView::fineTotal)),
  DEDUCTED(Comparator.comparing(StatementView::pointsDeducted)),
  REMAINING(
      Comparator.comparing(
          StatementView::pointsRemaining, Comparator.nullsLast(Comparator.naturalOrder()))),
  FLAGS(Comparator.comparingInt((StatementView s) -> s.flags().size())),
  SCORE(
      Comparator.comparing(
          (StatementView s) -> s.standing().score(),
          Comparator.nullsFirst(Comparator.naturalOrder()))),
  NET(
      Comparator.comparing(
          (StatementView s) -> s.pay() == null ? null : s.pay().net(),
          Comparator.nullsFirst(Comparator.naturalOrder())));

  private final Comparator<StatementView> order;

  StatementSort(Comparator<StatementView> order) {
    this.order = order;
  }

  /** Unknown or missing values sort by employee code rather than failing the page. */
  static StatementSort parse(String param) {
    if (param != null) {
      for (StatementSort s : values()) {
        if (s.param().equals(param.trim().toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
    }
    return CODE;
  }

  String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Ties fall back to the employee code so the order is stable whatever the database returned. */
  Comparator<StatementView> comparator(boolean descending) {
    Comparator<StatementView> primary = descending ? order.reversed() : order;
    return primary.thenComparing(StatementView::employeeCode);
  }
}
