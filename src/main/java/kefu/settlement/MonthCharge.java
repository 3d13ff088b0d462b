package kefu.settlement;

import java.util.List;
import java.util.Objects;
import kefu.shared.Money;
import org.springframework.modulith.NamedInterface;

/**
 * One deduction from an employee's month that another module records: the pack, version and clause
 * it cites, a type code, the amount and a note (a {@link kefu.policy.Note} the statement shows in
 * the reader's language, naming the entry behind it). It cites no incidents.
 */
@NamedInterface("spi")
public record MonthCharge(
    String employeeCode,
    String packId,
    Integer packVersion,
    String clause,
    String type,
    Money amount,
    String note) {
  public MonthCharge {
    Objects.requireNonNull(employeeCode, "employeeCode");
    Objects.requireNonNull(amount, "amount");
  }

  StatementLine line() {
    return new StatementLine(
        packId,
        packVersion,
        clause,
        type,
        List.of(),
        amount,
        kefu.shared.Points.ZERO,
        note,
        false,
        Money.ZERO);
  }
}
