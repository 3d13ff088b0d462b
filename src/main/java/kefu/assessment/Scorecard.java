package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kefu.settlement.CustomerRecords;

/**
 * One seat's monthly card (doc 001, SPEC §8.3): every criterion of the pack's scorecard, the
 * computed ones from the month's records with their evidence, the entered ones as the supervisor
 * gave them, plus a director's adjustment. A card with an entered criterion missing has no total.
 */
public record Scorecard(
    String employeeCode, List<Line> criteria, BigDecimal adjustment, BigDecimal total) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Scorecard {
    criteria = List.copyOf(criteria);
  }

  /** One criterion's score (null when not entered yet) and, when computed, how it was measured. */
  public record Line(String code, BigDecimal score, boolean computed, String evidence) {}

  /** What the seat's records of the month show, and the mean of the store's seats. */
  public record Records(CustomerRecords.Count own, BigDecimal teamMean) {}

  public boolean complete() {
    return total != null;
  }

  /** The card as the rules score it from the records, the entered values and the adjustment. */
  public static Scorecard of(
      ScorecardRules rules,
      String employeeCode,
      Records records,
      Map<String, BigDecimal> entered,
      BigDecimal adjustment) {
    List<Line> lines = new ArrayList<>();
    boolean complete = true;
    BigDecimal sum = BigDecimal.ZERO;
    for (ScorecardRules.Criterion c : rules.criteria()) {
      Line line =
          c.computed()
              ? measured(c, records)
              : new Line(c.code(), entered.get(c.code()), false, null);
      lines.add(line);
      if (line.score() == null) {
        complete = false;
      } else {
        sum = sum.add(line.score());
      }
    }
    BigDecimal adjusted = adjustment == null ? sum : sum.add(adjustment);
    return new Scorecard(employeeCode, lines, adjustment, complete ? oneDecimal(adjusted) : null);
  }

  private static Line measured(ScorecardRules.Criterion c, Records records) {
    CustomerRecords.Count own = records.own();
    return switch (c.measure()) {
      case COMPLETENESS -> {
        BigDecimal percent =
            percent(own.complete(), BigDecimal.valueOf(own.records()), BigDecimal.ZERO);
        yield new Line(
            c.code(),
            c.scoreOf(percent),
            true,
            own.complete() + "/" + own.records() + " = " + shown(percent) + "%");
      }
      case EFFICIENCY -> {
        BigDecimal percent = percent(own.records(), records.teamMean(), HUNDRED);
        yield new Line(
            c.code(),
            c.scoreOf(percent),
            true,
            own.records() + " / " + shown(records.teamMean()) + " = " + shown(percent) + "%");
      }
    };
  }

  /**
   * {@code part} in percent of {@code whole}, cut (never rounded up into a higher band); {@code
   * ofNothing} when the whole is zero: no records are 0 % complete, and a team that entered nothing
   * is met by anyone (100 %).
   */
  static BigDecimal percent(int part, BigDecimal whole, BigDecimal ofNothing) {
    if (whole.signum() == 0) {
      return ofNothing;
    }
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(whole, 4, RoundingMode.DOWN);
  }

  private static String shown(BigDecimal value) {
    return value.setScale(1, RoundingMode.DOWN).toPlainString();
  }

  static BigDecimal oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP);
  }
}
