package kefu.settlement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kefu.shared.Money;

/**
 * An employee's pay for the month as the statement shows it: the sum of each part of what other
 * modules earned them ({@link MonthEarnings}), the statement's fines, and the net. {@code lines}
 * explains the base, allowance and commission figures, each citing its clause; the rewards are
 * lines of the statement itself.
 */
public record Pay(
    Money base,
    Money allowances,
    Money commission,
    Money rewards,
    Money fines,
    Money net,
    List<Line> lines) {

  public Pay {
    lines = List.copyOf(lines);
  }

  /** One explained part of the pay before fines. */
  public record Line(
      PayPart part,
      String packId,
      Integer packVersion,
      String clause,
      String type,
      Money amount,
      String note) {}

  /** The pay of these earnings less these fines; null when there are no earnings. */
  static Pay of(List<MonthEarning> earnings, Money fines) {
    if (earnings.isEmpty()) {
      return null;
    }
    Map<PayPart, Money> sums = new EnumMap<>(PayPart.class);
    List<Line> lines = new ArrayList<>();
    for (MonthEarning e : earnings) {
      sums.merge(e.part(), e.amount(), Money::plus);
      if (e.part() != PayPart.REWARD) {
        lines.add(
            new Line(
                e.part(), e.packId(), e.packVersion(), e.clause(), e.type(), e.amount(), e.note()));
      }
    }
    return new Pay(
        sums.getOrDefault(PayPart.BASE, Money.ZERO),
        sums.getOrDefault(PayPart.ALLOWANCE, Money.ZERO),
        sums.getOrDefault(PayPart.COMMISSION, Money.ZERO),
        sums.getOrDefault(PayPart.REWARD, Money.ZERO),
        fines,
        beforeFines(earnings).minus(fines),
        lines);
  }

  /** The pay before fines: what a collective fine's percentage is taken of. */
  static Money beforeFines(List<MonthEarning> earnings) {
    return earnings.stream().map(MonthEarning::amount).reduce(Money.ZERO, Money::plus);
  }
}
