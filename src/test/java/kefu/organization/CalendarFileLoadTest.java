package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kefu.platform.BadInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped 2026 calendar of mainland China loads whole, and working-day counts then honour its
 * holidays and its 调休 weekends. Its own context: the loaded days would move other tests' dates.
 */
@SpringBootTest(properties = "kefu.test.context=calendar-file")
@ActiveProfiles("test")
class CalendarFileLoadTest {

  private static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired GroupCalendar calendar;

  private static String shipped() throws IOException {
    return new ClassPathResource("calendars/cn-2026.csv")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theShippedCalendarLoadsWholeAndWorkingDaysHonourHolidaysAndMakeUpWeekends()
      throws IOException {
    List<CalendarFile.Day> preview = calendar.preview(shipped());
    assertThat(preview).hasSize(39).allSatisfy(d -> assertThat(d.problem()).isNull());
    assertThat(preview.stream().filter(CalendarFile.Day::workingDay).map(CalendarFile.Day::day))
        .containsExactly(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10));

    assertThat(calendar.load(ADMIN, shipped())).isEqualTo(39);
    assertThat(calendar.load(ADMIN, shipped())).as("loading again adds nothing").isZero();

    // February 2026: 20 weekdays, 6 of them in the Spring Festival, and two Saturdays worked
    assertThat(calendar.workingDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
        .isEqualTo(16);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    // the day after National Day's last holiday; Saturday 10 October is worked
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1))
        .isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void aFileWithOneBadLineSavesNothingAndSaysWhichLine() {
    String file =
        """
        date,kind,name
        2031-03-03,holiday,好的一天
        2031-03-04,vacation,坏的类型
        2031-02-30,holiday,没有这天
        2031-03-03,workday,重复
        """;
    List<CalendarFile.Day> preview = calendar.preview(file);
    assertThat(preview)
        .extracting(CalendarFile.Day::line, CalendarFile.Day::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, null),
            org.assertj.core.groups.Tuple.tuple(3, "calendar.file.badKind"),
            org.assertj.core.groups.Tuple.tuple(4, "calendar.file.badDate"),
            org.assertj.core.groups.Tuple.tuple(5, "calendar.file.repeated"));
    assertThatThrownBy(() -> calendar.load(ADMIN, file)).isInstanceOf(BadInput.class);
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 3))).as("nothing saved").isTrue();
  }
}
