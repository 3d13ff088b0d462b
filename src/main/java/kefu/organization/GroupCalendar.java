package kefu.organization;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kefu.organization.RecordChanged.Kind;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.GroupZone;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RequestMemo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's settings and working-day calendar: weekends are rest days unless marked as worked,
 * listed holidays are rest days. SLA timers count working days with it.
 */
@Service
@Transactional
public class GroupCalendar implements GroupZone {

  private static final String ZONE_MEMO = "zone";

  private final GroupSettingsRepository settings;
  private final HolidayRepository holidays;
  private final RecordChanges changes;

  GroupCalendar(
      GroupSettingsRepository settings, HolidayRepository holidays, RecordChanges changes) {
    this.settings = settings;
    this.holidays = holidays;
    this.changes = changes;
  }

  @Transactional(readOnly = true)
  public GroupSettings settings() {
    return settings
        .findById(GroupSettings.SINGLETON)
        .orElseThrow(() -> new NotFound("group settings"));
  }

  /**
   * Read once per request: pages ask for it per row (dates, "today"); no transaction of its own, so
   * a remembered zone takes no connection from the pool.
   */
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public ZoneId zone() {
    return RequestMemo.get(
        ZONE_MEMO,
        () ->
            settings
                .findById(GroupSettings.SINGLETON)
                .map(GroupSettings::zone)
                .orElse(ZoneId.of("Asia/Shanghai")));
  }

  public void change(AccessScope scope, String name, String zone) {
    Organization.requireAdmin(scope);
    if (name == null || name.isBlank()) {
      throw new BadInput("name", "validation.required");
    }
    InputRules.requireText("name", name, 200, false);
    if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone.trim())) {
      throw new BadInput("timeZone", "settings.zone.invalid");
    }
    ZoneId zoneId = ZoneId.of(zone.trim());
    GroupSettings s = settings();
    Map<String, Object> before = Map.of("name", s.getName(), "timeZone", s.getTimeZone());
    s.change(name.trim(), zoneId);
    RequestMemo.forget(ZONE_MEMO);
    changes.updated(
        Kind.GROUP_SETTINGS,
        "settings",
        before,
        Map.of("name", s.getName(), "timeZone", s.getTimeZone()),
        scope.username());
  }

  @Transactional(readOnly = true)
  public List<Holiday> holidays() {
    return holidays.findAllByOrderByDay();
  }

  public void addHoliday(AccessScope scope, LocalDate day, boolean workingDay, String name) {
    Organization.requireAdmin(scope);
    if (day == null) {
      throw new BadInput("day", "validation.required");
    }
    InputRules.requireText("name", name, 100, false);
    if (holidays.existsByDay(day)) {
      throw new Conflict("holiday " + day + " exists");
    }
    String label = name == null || name.isBlank() ? "-" : name.trim();
    Holiday h = holidays.save(new Holiday(day, workingDay, label));
    changes.created(
        Kind.HOLIDAY,
        h.getDay(),
        Map.of("day", day.toString(), "workingDay", workingDay, "name", label),
        scope.username());
  }

  public void removeHoliday(AccessScope scope, long id) {
    Organization.requireAdmin(scope);
    Holiday h = holidays.findById(id).orElseThrow(() -> new NotFound("holiday " + id));
    holidays.delete(h);
    changes.deleted(
        Kind.HOLIDAY,
        h.getDay(),
        Map.of("day", h.getDay().toString(), "workingDay", h.isWorkingDay(), "name", h.getName()),
        scope.username());
  }

  /** The zone ids a group may choose, sorted. */
  public static List<String> zoneIds() {
    return ZoneId.getAvailableZoneIds().stream().sorted().toList();
  }

  /**
   * A calendar file read against the calendar as it is: every line with what is wrong with it (a
   * day already listed as something else counts as wrong; listed the same, it is left as it is).
   * Nothing is saved.
   */
  @Transactional(readOnly = true)
  public List<CalendarFile.Day> preview(String content) {
    Map<LocalDate, Holiday> known = byDay();
    return CalendarFile.read(content).stream()
        .map(
            d -> {
              Holiday h = d.problem() == null ? known.get(d.day()) : null;
              return h != null && h.isWorkingDay() != d.workingDay()
                  ? new CalendarFile.Day(
                      d.line(), d.text(), d.day(), d.workingDay(), d.name(), "calendar.file.clash")
                  : d;
            })
        .toList();
  }

  /**
   * Saves the days of a calendar file, all or nothing: a file with any bad line is refused whole.
   * Days already listed the same way stay as they are. Answers how many days were added.
   */
  public int load(AccessScope scope, String content) {
    Organization.requireAdmin(scope);
    List<CalendarFile.Day> days = preview(content);
    if (days.isEmpty()) {
      throw new BadInput("file", "calendar.file.empty");
    }
    if (days.stream().anyMatch(d -> d.problem() != null)) {
      throw new BadInput("file", "calendar.file.refused");
    }
    int added = 0;
    for (CalendarFile.Day d : days) {
      if (!holidays.existsByDay(d.day())) {
        addHoliday(scope, d.day(), d.workingDay(), d.name());
        added++;
      }
    }
    return added;
  }

  /** How many working days lie between two days, both included. */
  @Transactional(readOnly = true)
  public int workingDays(LocalDate from, LocalDate to) {
    Map<LocalDate, Holiday> exceptions = byDay();
    int count = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d, exceptions)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The calendar as it is now, read once: whether people work on a day. For callers that ask about
   * many days (a month of compliance work) without a query per day.
   */
  @Transactional(readOnly = true)
  public Predicate<LocalDate> workingDayRule() {
    Map<LocalDate, Holiday> exceptions = byDay();
    return day -> isWorkingDay(day, exceptions);
  }

  /** Whether people work on that day under the group's calendar. */
  @Transactional(readOnly = true)
  public boolean isWorkingDay(LocalDate day) {
    return isWorkingDay(day, byDay());
  }

  /** The day that is {@code n} working days after {@code start}. */
  @Transactional(readOnly = true)
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Map<LocalDate, Holiday> exceptions = byDay();
    LocalDate day = start;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day, exceptions)) {
        left--;
      }
    }
    return day;
  }

  private Map<LocalDate, Holiday> byDay() {
    return holidays.findAll().stream()
        .collect(Collectors.toMap(Holiday::getDay, Function.identity()));
  }

  private static boolean isWorkingDay(LocalDate day, Map<LocalDate, Holiday> exceptions) {
    Holiday h = exceptions.get(day);
    if (h != null) {
      return h.isWorkingDay();
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
