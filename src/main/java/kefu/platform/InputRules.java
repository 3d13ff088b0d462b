package kefu.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the application accepts from people and other systems, in one place for the JSON API, the
 * web forms and the services: real dates in ISO form within plausible years, and text without
 * control characters. Input outside these rules is refused with a message on its field, never
 * corrected: a date such as 2026-11-31 is not "the last of November", and a NUL is not a space.
 */
public final class InputRules {

  /** Years outside this range are typing mistakes (0026 for 2026), not history or planning. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2999;

  /** The strict ISO parsers of the date and time types the application reads. */
  private static final Map<Class<?>, Function<String, ? extends TemporalAccessor>> PARSERS =
      Map.of(
          LocalDate.class, LocalDate::parse,
          LocalDateTime.class, LocalDateTime::parse,
          OffsetDateTime.class, OffsetDateTime::parse,
          YearMonth.class, YearMonth::parse);

  /** The message key of a text refused for its characters. */
  public static final String CONTROL_CHARACTERS = "validation.controlCharacters";

  private static final String TOO_LONG = "validation.tooLong";

  private InputRules() {}

  /** The date and time types {@link #time} reads. */
  static Iterable<Class<?>> timeTypes() {
    return PARSERS.keySet();
  }

  /**
   * Reads an ISO date, date-time with offset, local date-time or month; refuses (with {@link
   * DateTimeException}) anything that is not exactly one, such as a 31st of November, and a year
   * outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
   */
  public static <T extends TemporalAccessor> T time(Class<T> type, String text) {
    Function<String, ? extends TemporalAccessor> parser = PARSERS.get(type);
    if (parser == null) {
      throw new IllegalArgumentException("no parser for " + type);
    }
    T value = type.cast(parser.apply(text.strip()));
    int year = value.get(ChronoField.YEAR);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DateTimeException("year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
    }
    return value;
  }

  /**
   * A form field's date or time as {@link #time} reads it; null when left empty, refused with the
   * field's name otherwise.
   */
  public static <T extends TemporalAccessor> T time(String field, Class<T> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return time(type, text);
    } catch (DateTimeException e) {
      throw new BadInput(field, "typeMismatch." + type.getName());
    }
  }

  /**
   * A form field's local date-time as {@link #time(String, Class, String)} reads it, taken in
   * {@code zone}; null when left empty.
   */
  public static OffsetDateTime time(String field, String text, ZoneId zone) {
    LocalDateTime local = time(field, LocalDateTime.class, text);
    return local == null ? null : local.atZone(zone).toOffsetDateTime();
  }

  /**
   * A page number as asked for (0 is the first page): a negative one is refused on its field, not
   * quietly read as the first.
   */
  public static int page(int page) {
    return within("page", page, 0, Integer.MAX_VALUE);
  }

  /** A whole number that must lie between {@code min} and {@code max}, refused on its field. */
  public static int within(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new BadInput(field, "validation.outOfRange");
    }
    return value;
  }

  /** Whether a one-line text (a name, code or title) has no control or broken characters. */
  public static boolean isSingleLine(String text) {
    return text == null || text.codePoints().allMatch(InputRules::printable);
  }

  /**
   * Whether a multi-line text (a note, reason, pack text) has no control characters but tab and
   * line breaks.
   */
  public static boolean isMultiLine(String text) {
    return text == null
        || text.codePoints().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || printable(c));
  }

  /**
   * Checks a free text entered for a field of at most {@code max} characters; adds its problem, if
   * any, to {@code problems}.
   */
  public static void checkText(
      List<FieldProblem> problems, String field, String text, int max, boolean multiLine) {
    String problem = problem(text, max, multiLine);
    if (problem != null) {
      problems.add(new FieldProblem(field, problem));
    }
  }

  /** Like {@link #checkText}, refusing the text at once with {@link BadInput}. */
  public static void requireText(String field, String text, int max, boolean multiLine) {
    String problem = problem(text, max, multiLine);
    if (problem != null) {
      throw new BadInput(field, problem);
    }
  }

  private static String problem(String text, int max, boolean multiLine) {
    if (text == null) {
      return null;
    }
    if (!(multiLine ? isMultiLine(text) : isSingleLine(text))) {
      return CONTROL_CHARACTERS;
    }
    return text.strip().length() > max ? TOO_LONG : null;
  }

  private static boolean printable(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.SURROGATE,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
