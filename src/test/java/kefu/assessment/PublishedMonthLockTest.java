package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.YearMonth;
import kefu.platform.Conflict;
import kefu.settlement.PublishedMonths;
import org.junit.jupiter.api.Test;

/** What a published month's statements show is locked: no card or evaluation changes it. */
class PublishedMonthLockTest {

  @Test
  void a_published_month_refuses_a_change_and_an_open_month_takes_it() {
    PublishedMonths published = mock(PublishedMonths.class);
    when(published.isClosed(YearMonth.of(2026, 9))).thenReturn(true);
    AssessmentPeople people = new AssessmentPeople(null, null, null, Clock.systemUTC(), published);

    assertThatThrownBy(() -> people.requireOpen(YearMonth.of(2026, 9)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("2026-09");
    assertThatCode(() -> people.requireOpen(YearMonth.of(2026, 10))).doesNotThrowAnyException();
  }
}
