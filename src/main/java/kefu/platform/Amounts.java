package kefu.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as people type them in forms and spreadsheets: digits with an optional decimal point,
 * thousands optionally grouped by commas ({@code 3,500.00}). Only the grouping by threes before the
 * point is accepted, so {@code 3.500,00} or {@code 3,50} (another country's writing, or a typing
 * mistake) is refused rather than read as a different amount.
 */
public final class Amounts {

  private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Amounts() {}

  /** The amount written, or null when it is not written in one of the accepted ways. */
  public static BigDecimal parse(String text) {
    String t = text.strip();
    if (PLAIN.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    if (GROUPED.matcher(t).matches()) {
      return new BigDecimal(t.replace(",", ""));
    }
    return null;
  }
}
