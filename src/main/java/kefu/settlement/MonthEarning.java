package kefu.settlement;

import java.util.List;
import java.util.Objects;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.modulith.NamedInterface;

/**
 * One part of an employee's pay for a month that another module works out: which part of the pay it
 * is, the pack, version and clause it cites, a type code (LEVEL_PAY, MEAL_ALLOWANCE,
 * EVENT_INVITATION…), the amount (never negative: deductions are fines or {@link MonthCharge}s) and
 * a note ({@link kefu.policy.Note}) naming the entries behind it.
 */
@NamedInterface("spi")
public record MonthEarning(
    String employeeCode,
    PayPart part,
    String packId,
    Integer packVersion,
    String clause,
    String type,
    Money amount,
    String note) {
  public MonthEarning {
    Objects.requireNonNull(employeeCode, "employeeCode");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    if (amount.amount().signum() < 0) {
      throw new IllegalArgumentException("an earning is never negative: " + amount);
    }
  }

  /** A reward as a line of the statement, earning its amount. */
  StatementLine line() {
    return new StatementLine(
        packId, packVersion, clause, type, List.of(), Money.ZERO, Points.ZERO, note, false, amount);
  }
}
