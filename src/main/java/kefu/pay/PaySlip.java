package kefu.pay;

import java.util.List;
import java.util.Objects;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthEarning;
import kefu.settlement.Pay;
import kefu.settlement.PayPart;
import kefu.settlement.StatementLine;
import kefu.shared.Money;

/**
 * The pay slip (工资条) of one employee's month: every line with the pack and clause behind it — base
 * or level pay, allowances, commission, rewards, and the fines of the statement — and the figures
 * they add up to, {@code net = base + allowances + commission + rewards − fines}.
 */
public record PaySlip(List<Line> lines) {

  /** What a line is: one of the parts of the pay, or a fine taken from it. */
  public enum Kind {
    BASE,
    ALLOWANCE,
    COMMISSION,
    REWARD,
    FINE
  }

  /** One line of the slip; its amount is never negative (a fine is taken, not added). */
  public record Line(
      Kind kind,
      String packId,
      Integer packVersion,
      String clause,
      String type,
      Money amount,
      String note) {
    public Line {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(amount, "amount");
    }

    static Line of(MonthEarning e) {
      return new Line(
          Kind.valueOf(e.part().name()),
          e.packId(),
          e.packVersion(),
          e.clause(),
          e.type(),
          e.amount(),
          e.note());
    }

    public boolean isFine() {
      return kind == Kind.FINE;
    }

    /** The amount as it counts towards the net: fines negative. */
    public Money signed() {
      return kind == Kind.FINE ? Money.of(amount.amount().negate()) : amount;
    }
  }

  public PaySlip {
    lines = List.copyOf(lines);
  }

  /** The slip of some earnings and fine lines, earnings first in the order of the pay's parts. */
  static PaySlip of(List<MonthEarning> earnings, List<Line> fines) {
    List<Line> all = new java.util.ArrayList<>();
    for (PayPart part : PayPart.values()) {
      earnings.stream().filter(e -> e.part() == part).map(Line::of).forEach(all::add);
    }
    all.addAll(fines);
    return new PaySlip(all);
  }

  /**
   * The slip of a statement: the explained parts of its pay, its reward lines and its fines (an
   * adjustment giving a fine back counts as a negative fine); empty when nothing was earned.
   */
  public static PaySlip of(EmployeeStatement statement) {
    List<Line> all = new java.util.ArrayList<>();
    if (statement.pay() != null) {
      for (Pay.Line l : statement.pay().lines()) {
        all.add(
            new Line(
                Kind.valueOf(l.part().name()),
                l.packId(),
                l.packVersion(),
                l.clause(),
                l.type(),
                l.amount(),
                l.note()));
      }
    }
    for (StatementLine l : statement.lines()) {
      if (!l.earning().isZero()) {
        all.add(
            new Line(
                Kind.REWARD,
                l.packId(),
                l.packVersion(),
                l.clause(),
                l.type(),
                l.earning(),
                l.note()));
      }
    }
    for (StatementLine l : statement.lines()) {
      if (!l.fine().isZero()) {
        all.add(
            new Line(
                Kind.FINE, l.packId(), l.packVersion(), l.clause(), l.type(), l.fine(), l.note()));
      }
    }
    return new PaySlip(all);
  }

  public Money total(Kind kind) {
    return lines.stream()
        .filter(l -> l.kind() == kind)
        .map(Line::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  public Money base() {
    return total(Kind.BASE);
  }

  public Money allowances() {
    return total(Kind.ALLOWANCE);
  }

  public Money commission() {
    return total(Kind.COMMISSION);
  }

  public Money rewards() {
    return total(Kind.REWARD);
  }

  public Money fines() {
    return total(Kind.FINE);
  }

  /** Pay before fines less the fines. */
  public Money net() {
    return base()
        .plus(allowances())
        .plus(commission())
        .plus(rewards())
        .plus(Money.of(fines().amount().negate()));
  }
}
