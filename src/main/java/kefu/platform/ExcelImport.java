package kefu.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Reading the values of an import row's cells: each returns null for an empty cell, and adds a
 * problem for the field when the text is not exactly a value of its kind. Nothing is rounded or
 * moved to a neighbouring day: {@code 2026-11-31}, 1.5 for a whole number, or a year outside
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} are refused, not corrected.
 */
public final class ExcelImport {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  private static final DateTimeFormatter DATE = strict("uuuu-MM-dd");
  private static final DateTimeFormatter[] DATE_TIMES = {
    strict("uuuu-MM-dd HH:mm[:ss]"), strict("uuuu-MM-dd'T'HH:mm[:ss]")
  };

  private ExcelImport() {}

  /**
   * A decimal with at most {@code scale} decimal places, as people write amounts: {@code 3500},
   * {@code 3500.00} or with thousands grouped by commas, {@code 3,500.00}. Anything else that looks
   * like a number written another way ({@code 3.500,00}, {@code 3,50}) is refused, not guessed at.
   */
  public static BigDecimal decimal(
      String value, String field, int scale, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    BigDecimal d = Amounts.parse(value);
    if (d == null) {
      problems.add(new FieldProblem(field, "import.badNumber"));
      return null;
    }
    if (d.stripTrailingZeros().scale() > scale) {
      problems.add(new FieldProblem(field, "import.tooManyDecimals"));
      return null;
    }
    return d;
  }

  /** A whole number: 1.5 is refused, not cut to 1. */
  public static Integer integer(String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.trim()).intValueExact();
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "import.badNumber"));
    } catch (ArithmeticException e) {
      problems.add(new FieldProblem(field, "import.notWholeNumber"));
    }
    return null;
  }

  /** A day written {@code 2026-01-31} (or with slashes). */
  public static LocalDate date(String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return inRange(LocalDate.parse(value.trim().replace('/', '-'), DATE), field, problems);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "import.badDate"));
      return null;
    }
  }

  /**
   * A moment written as local time in the group's zone, {@code 2026-11-03 09:20} (seconds, a {@code
   * T} or slashes allowed), or with its offset ({@code 2026-11-03T09:20:00+08:00}); a day alone
   * means its start.
   */
  public static OffsetDateTime dateTime(
      String value, ZoneId zone, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    String v = value.trim().replace('/', '-');
    if (v.length() == 10) {
      LocalDate day = date(v, field, problems);
      return day == null ? null : day.atStartOfDay(zone).toOffsetDateTime();
    }
    if (v.length() > 16
        && v.charAt(10) == 'T'
        && (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10)) {
      // a moment with its offset, as the API and other systems write it
      try {
        OffsetDateTime t = OffsetDateTime.parse(v);
        return inRange(t.toLocalDate(), field, problems) == null
            ? null
            : t.atZoneSameInstant(zone).toOffsetDateTime();
      } catch (DateTimeParseException ignored) {
        // not an offset date-time: try the local forms
      }
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        LocalDateTime t = LocalDateTime.parse(v, f);
        return inRange(t.toLocalDate(), field, problems) == null
            ? null
            : t.atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException ignored) {
        // try the next accepted form
      }
    }
    problems.add(new FieldProblem(field, "import.badDateTime"));
    return null;
  }

  /** One of an enumeration's names, in any letter case. */
  public static <E extends Enum<E>> E code(
      Class<E> type, String value, String field, List<FieldProblem> problems) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "import.unknownCode"));
      return null;
    }
  }

  private static LocalDate inRange(LocalDate day, String field, List<FieldProblem> problems) {
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      problems.add(new FieldProblem(field, "import.yearOutOfRange"));
      return null;
    }
    return day;
  }

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
