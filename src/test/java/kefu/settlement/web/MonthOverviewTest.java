package kefu.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import kefu.settlement.SettlementStatus;
import kefu.settlement.StatementLine;
import kefu.shared.Money;
import kefu.shared.Points;
import org.junit.jupiter.api.Test;

/** The overview's sorting, filtering, totals and chart bars, and how adjustments cite a month. */
class MonthOverviewTest {

  static StatementView row(
      String code, String store, String fine, String remaining, String... flags) {
    return new StatementView(
        YearMonth.of(2026, 8),
        SettlementStatus.DRAFT,
        code,
        "name " + code,
        store,
        "store " + store,
        Money.of(fine),
        remaining == null ? Points.ZERO : Points.of("10").minus(Points.of(remaining)),
        remaining == null ? null : Points.of(remaining),
        java.util.Arrays.stream(flags).map(f -> new StatementView.Flag(f, f)).toList(),
        List.of(),
        StatementView.Standing.NONE,
        null);
  }

  static final List<StatementView> MONTH =
      List.of(
          row("E201", "S02", "50", "10"),
          row("E101", "S01", "20", "5", "VERBAL_WARNING"),
          row("E102", "S01", "40", null),
          row("E103", "S01", "20", "0", "PENALTY"));

  @Test
  void sortsByTheChosenColumnWithTheCodeBreakingTies() {
    assertThat(codes(MonthOverview.of(MONTH, null, StatementSort.FINE, true)))
        .containsExactly("E201", "E102", "E101", "E103");
    assertThat(codes(MonthOverview.of(MONTH, null, StatementSort.FINE, false)))
        .containsExactly("E101", "E103", "E102", "E201");
    // people without a points scale come last either way up
    assertThat(codes(MonthOverview.of(MONTH, null, StatementSort.REMAINING, false)))
        .containsExactly("E103", "E101", "E201", "E102");
    assertThat(codes(MonthOverview.of(MONTH, null, StatementSort.FLAGS, true)))
        .containsExactly("E101", "E103", "E102", "E201");
  }

  @Test
  void unknownSortParametersFallBackToTheCode() {
    assertThat(StatementSort.parse("drop table")).isEqualTo(StatementSort.CODE);
    assertThat(StatementSort.parse(null)).isEqualTo(StatementSort.CODE);
    assertThat(StatementSort.parse(" Fine ")).isEqualTo(StatementSort.FINE);
  }

  @Test
  void totalsCoverTheFilteredRowsWhileTheChartKeepsEveryStore() {
    MonthOverview s01 = MonthOverview.of(MONTH, "S01", StatementSort.CODE, false);
    assertThat(codes(s01)).containsExactly("E101", "E102", "E103");
    assertThat(s01.fineTotal()).isEqualTo(Money.of("80"));
    assertThat(s01.pointsDeducted()).isEqualTo(Points.of("15"));
    assertThat(s01.flaggedCount()).isEqualTo(2);
    assertThat(s01.chartLabels()).containsExactly("store S01", "store S02");
    assertThat(s01.chartValues()).containsExactly(Money.of("80").amount(), Money.of("50").amount());
  }

  /** A correction's line as the month it lands in shows it: no clause, no amounts, the note. */
  static StatementLine adjustment(String note) {
    return new StatementLine(
        null,
        null,
        null,
        StatementLine.ADJUSTMENT,
        List.of(),
        Money.ZERO,
        Points.ZERO,
        note,
        false,
        Money.ZERO);
  }

  @Test
  void anAdjustmentLineCitesTheMonthItCorrects() {
    String note = StatementLine.correctionNote("2026-08", " 申诉复核后撤销 ");
    StatementLine line = adjustment(note);
    assertThat(note).isEqualTo("correction of 2026-08: 申诉复核后撤销");
    assertThat(line.correctedMonth()).contains(YearMonth.of(2026, 8));
    assertThat(line.correctionReason()).isEqualTo("申诉复核后撤销");

    StatementLine bare = adjustment(StatementLine.correctionNote("2026-08", null));
    assertThat(bare.correctedMonth()).contains(YearMonth.of(2026, 8));
    assertThat(bare.correctionReason()).isEmpty();

    StatementLine ordinary =
        new StatementLine(
            "p",
            1,
            "§1",
            "ABSENCE",
            List.of(1L),
            Money.ZERO,
            Points.of("2"),
            "correction of x",
            false,
            Money.ZERO);
    assertThat(ordinary.correctedMonth()).isEmpty();
    assertThat(ordinary.correctionReason()).isEqualTo("correction of x");
  }

  static List<String> codes(MonthOverview o) {
    return o.rows().stream().map(StatementView::employeeCode).toList();
  }
}
