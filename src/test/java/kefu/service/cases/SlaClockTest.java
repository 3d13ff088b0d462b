package kefu.service.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate HOLIDAY = LocalDate.of(2026, 10, 1);
  static final WorkingDays WEEKDAYS_BUT_OCTOBER_FIRST =
      d ->
          !d.equals(HOLIDAY)
              && d.getDayOfWeek() != DayOfWeek.SATURDAY
              && d.getDayOfWeek() != DayOfWeek.SUNDAY;

  final SlaClock clock = new SlaClock(ZONE, WEEKDAYS_BUT_OCTOBER_FIRST);

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  @Test
  void three_working_days_from_friday_morning_skip_the_weekend() {
    // 2026-10-09 is a Friday
    assertThat(clock.dueAfter(at("2026-10-09T10:00"), 3, List.of()))
        .isEqualTo(at("2026-10-14T10:00"));
  }

  @Test
  void a_complaint_received_on_saturday_starts_counting_on_monday() {
    assertThat(clock.dueAfter(at("2026-10-10T15:30"), 3, List.of()))
        .isEqualTo(at("2026-10-15T00:00"));
  }

  @Test
  void a_holiday_of_the_calendar_does_not_count() {
    // Wednesday 30 September; Thursday 1 October is a holiday
    assertThat(clock.dueAfter(at("2026-09-30T09:00"), 3, List.of()))
        .isEqualTo(at("2026-10-06T09:00"));
  }

  @Test
  void paused_time_moves_the_due_time_by_the_working_time_it_took() {
    List<SlaClock.Pause> pauses =
        List.of(new SlaClock.Pause(at("2026-10-12T10:00"), at("2026-10-12T16:00")));
    assertThat(clock.dueAfter(at("2026-10-12T08:00"), 3, pauses)).isEqualTo(at("2026-10-15T14:00"));
  }

  @Test
  void a_pause_over_a_weekend_costs_only_its_working_hours() {
    // paused Friday 20:00 until Monday 02:00: 4 h of Friday and 2 h of Monday
    List<SlaClock.Pause> pauses =
        List.of(new SlaClock.Pause(at("2026-10-09T20:00"), at("2026-10-12T02:00")));
    assertThat(clock.dueAfter(at("2026-10-09T10:00"), 3, pauses)).isEqualTo(at("2026-10-14T16:00"));
  }

  @Test
  void a_pause_still_running_leaves_the_due_time_as_if_resumed_at_once() {
    List<SlaClock.Pause> pauses = List.of(new SlaClock.Pause(at("2026-10-12T10:00"), null));
    assertThat(clock.dueAfter(at("2026-10-12T08:00"), 3, pauses))
        .isEqualTo(clock.dueAfter(at("2026-10-12T08:00"), 3, List.of()));
  }
}
