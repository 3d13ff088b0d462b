package kefu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What {@link Money} and {@link Points} share: an exact decimal kept at a fixed number of places,
 * ordered by its value, added, subtracted and multiplied the same way.
 */
public interface ScaledDecimal<T extends ScaledDecimal<T>> extends Comparable<T> {

  /** The exact value, at the type's scale. */
  BigDecimal decimal();

  /** A value of the same type holding {@code decimal}, rounded to the type's scale. */
  T withDecimal(BigDecimal decimal);

  default T plus(T other) {
    return withDecimal(decimal().add(other.decimal()));
  }

  default T minus(T other) {
    return withDecimal(decimal().subtract(other.decimal()));
  }

  default T times(long factor) {
    return withDecimal(decimal().multiply(BigDecimal.valueOf(factor)));
  }

  default boolean isZero() {
    return decimal().signum() == 0;
  }

  @Override
  default int compareTo(T other) {
    return decimal().compareTo(other.decimal());
  }

  /** {@code value} (never null; {@code name} says which) at {@code scale} places, half-up. */
  static BigDecimal scaled(BigDecimal value, int scale, String name) {
    Objects.requireNonNull(value, name);
    return value.setScale(scale, RoundingMode.HALF_UP);
  }
}
