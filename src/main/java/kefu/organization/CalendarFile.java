package kefu.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kefu.platform.InputRules;

/**
 * A calendar file: one line per day, {@code date,kind,name}, where kind is {@code holiday} (休, a
 * rest day) or {@code workday} (班, a weekend day that is worked); lines starting with {@code #} and
 * the header line are skipped. Every line is read, each with what is wrong with it, so a preview
 * shows them all before anything is saved.
 */
public final class CalendarFile {

  /** One day of the file; {@code problem} is a message key, null when the line is good. */
  public record Day(
      int line, String text, LocalDate day, boolean workingDay, String name, String problem) {}

  private CalendarFile() {}

  static List<Day> read(String content) {
    List<Day> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    String[] lines = content.replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()
          || line.startsWith("#")
          || line.toLowerCase(Locale.ROOT).startsWith("date,")) {
        continue;
      }
      days.add(day(i + 1, line, seen));
    }
    return days;
  }

  private static Day day(int number, String line, Set<LocalDate> seen) {
    String[] cells = line.split("[,，]", 3);
    LocalDate day;
    try {
      day = InputRules.time(LocalDate.class, cells[0].strip());
    } catch (DateTimeException e) {
      return new Day(number, line, null, false, null, "calendar.file.badDate");
    }
    String kind = cells.length > 1 ? cells[1].strip().toLowerCase(Locale.ROOT) : "";
    Boolean working =
        switch (kind) {
          case "holiday", "休" -> false;
          case "workday", "班" -> true;
          default -> null;
        };
    String name = cells.length > 2 ? cells[2].strip() : "";
    if (working == null) {
      return new Day(number, line, day, false, name, "calendar.file.badKind");
    }
    if (!InputRules.isSingleLine(name) || name.length() > 100) {
      return new Day(number, line, day, working, name, "calendar.file.badName");
    }
    if (!seen.add(day)) {
      return new Day(number, line, day, working, name, "calendar.file.repeated");
    }
    return new Day(number, line, day, working, name.isEmpty() ? "-" : name, null);
  }
}
