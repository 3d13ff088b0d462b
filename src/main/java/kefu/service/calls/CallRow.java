package kefu.service.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One call of a telephony export, read from its six columns: agent code, start, duration in
 * seconds, direction, customer number, outcome. A start without an offset is a time in the group's
 * zone. {@link #read} answers either the row or what is wrong with it, for the row's line.
 */
record CallRow(
    String agentCode,
    Instant startedAt,
    LocalDate startedOn,
    int durationSeconds,
    String direction,
    String customerNumber,
    String outcome) {

  static final int COLUMNS = 6;
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT);

  /** A row read, or the reason it could not be. */
  record Read(CallRow row, String problem) {}

  static Read read(List<String> cells, ZoneId zone) {
    if (cells.size() < COLUMNS) {
      return problem("has " + cells.size() + " columns, needs " + COLUMNS);
    }
    String agent = cells.get(0).strip();
    if (agent.isEmpty() || agent.length() > 32) {
      return problem("agent code: required, at most 32 characters");
    }
    Instant start;
    try {
      start = start(cells.get(1).strip(), zone);
    } catch (DateTimeParseException e) {
      return problem("start: not a time like 2026-10-08 09:15:00 (" + cells.get(1).strip() + ")");
    }
    int duration;
    try {
      duration = Integer.parseInt(cells.get(2).strip());
    } catch (NumberFormatException e) {
      return problem("duration: not a whole number of seconds (" + cells.get(2).strip() + ")");
    }
    if (duration < 0) {
      return problem("duration: below 0");
    }
    String direction = direction(cells.get(3).strip());
    if (direction == null) {
      return problem("direction: OUTBOUND or INBOUND (呼出/呼入), got '" + cells.get(3).strip() + "'");
    }
    String number = cells.get(4).strip();
    String outcome = cells.get(5).strip();
    if (number.length() > 40 || outcome.length() > 40) {
      return problem("customer number and outcome: at most 40 characters");
    }
    return new Read(
        new CallRow(
            agent,
            start,
            start.atZone(zone).toLocalDate(),
            duration,
            direction,
            number.isEmpty() ? null : number,
            outcome.isEmpty() ? null : outcome),
        null);
  }

  private static Instant start(String text, ZoneId zone) {
    if (text.length() > 19 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$"))) {
      return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
    }
    return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
  }

  private static String direction(String text) {
    return switch (text.toUpperCase(Locale.ROOT)) {
      case "OUTBOUND", "OUT", "呼出", "外呼" -> "OUTBOUND";
      case "INBOUND", "IN", "呼入" -> "INBOUND";
      default -> null;
    };
  }

  private static Read problem(String message) {
    return new Read(null, message);
  }

  boolean outbound() {
    return "OUTBOUND".equals(direction);
  }
}
