package kefu.shared;

import java.math.BigDecimal;

/** Points on a deduction or score scale, exact to one decimal place (half points occur). */
public record Points(BigDecimal value) implements ScaledDecimal<Points> {

  /** Decimal places kept. */
  public static final int SCALE = 1;

  public static final Points ZERO = new Points(BigDecimal.ZERO);

  public Points {
    value = ScaledDecimal.scaled(value, SCALE, "value");
  }

  /**
   * Whether {@code value} is a whole number of tenths, so that it is kept exactly; input with more
   * decimals is refused rather than rounded by the constructor.
   */
  public static boolean isExact(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= SCALE;
  }

  public static Points of(String value) {
    return new Points(new BigDecimal(value));
  }

  public static Points of(BigDecimal value) {
    return new Points(value);
  }

  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isAtMost(Points other) {
    return compareTo(other) <= 0;
  }

  @Override
  public BigDecimal decimal() {
    return value;
  }

  @Override
  public Points withDecimal(BigDecimal decimal) {
    return new Points(decimal);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
