package kefu.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import org.junit.jupiter.api.Test;

/** The deadlines of doc 000 §3–§5 as the built-in pack records them (SPEC §2.1). */
class DeadlineTest {
  final PolicyPack pack = BuiltInPacks.byId("group-cs-2010").orElseThrow();

  Deadline deadline(String code) {
    return pack.section(Deadlines.class).orElseThrow().byCode(code).orElseThrow();
  }

  @Test
  void the_daily_report_for_a_day_is_due_at_noon_the_next_day() {
    assertThat(deadline("DAILY_REPORT_PRE_SALES").dueFor(LocalDate.of(2026, 10, 31)))
        .isEqualTo(LocalDateTime.of(2026, 11, 1, 12, 0));
    assertThat(deadline("DAILY_REPORT_AFTER_SALES").incidentType()).isEqualTo("REPORT_LATE");
  }

  @Test
  void the_weekly_report_is_due_on_the_tuesday_of_the_next_week() {
    // 2026-10-07 is a Wednesday; its week ends on Sunday 10-11.
    assertThat(deadline("WEEKLY_REPORT").dueFor(LocalDate.of(2026, 10, 7)))
        .isEqualTo(LocalDateTime.of(2026, 10, 13, 23, 59, 59));
  }

  @Test
  void the_monthly_report_is_due_by_the_5th_of_the_next_month() {
    assertThat(deadline("MONTHLY_REPORT").dueFor(LocalDate.of(2026, 12, 10)))
        .isEqualTo(LocalDateTime.of(2027, 1, 5, 23, 59, 59));
  }

  @Test
  void manufacturer_mail_is_due_at_noon_the_day_after_it_arrives() {
    assertThat(deadline("MANUFACTURER_MAIL").dueFor(LocalDate.of(2026, 10, 8)))
        .isEqualTo(LocalDateTime.of(2026, 10, 9, 12, 0));
  }

  @Test
  void an_oa_task_needs_notice_ahead_by_how_long_it_allowed() {
    Deadline.NoticeRule notice = deadline("OA_TASK").notice();

    assertThat(notice.daysNeeded(3)).isEqualTo(1);
    assertThat(notice.daysNeeded(4)).isEqualTo(2);
    assertThat(notice.daysNeeded(7)).isEqualTo(2);
    assertThat(notice.daysNeeded(15)).isEqualTo(4);
    assertThat(notice.daysNeeded(30)).isEqualTo(4);
    assertThat(deadline("OA_TASK").period()).isEqualTo(Deadline.Period.TASK);
  }

  @Test
  void for_reports_any_notice_before_the_deadline_excuses() {
    assertThat(deadline("MONTHLY_REPORT").notice().daysNeeded(30)).isZero();
  }
}
