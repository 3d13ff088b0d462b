package kefu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of CNY, always exact to the fen (two decimal places). */
public record Money(BigDecimal amount) implements ScaledDecimal<Money> {

  /** Decimal places kept: the fen. */
  public static final int SCALE = 2;

  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    amount = ScaledDecimal.scaled(amount, SCALE, "amount");
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public static Money of(BigDecimal amount) {
    return new Money(amount);
  }

  /**
   * A share of this amount, e.g. {@code 10} percent of a month's pay, rounded half-up to the fen.
   */
  public Money percent(BigDecimal percent) {
    return new Money(
        amount.multiply(percent).divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP));
  }

  @Override
  public BigDecimal decimal() {
    return amount;
  }

  @Override
  public Money withDecimal(BigDecimal decimal) {
    return new Money(decimal);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
