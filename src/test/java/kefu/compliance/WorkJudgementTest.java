package kefu.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import org.junit.jupiter.api.Test;

/** Expected work, due instants, statuses and notice tiers of doc 000 §3–§7, without Spring. */
class WorkJudgementTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final PolicyPack pack = BuiltInPacks.byId("group-cs-2010").orElseThrow();
  final Deadlines deadlines = pack.section(Deadlines.class).orElseThrow();

  Deadline deadline(String code) {
    return deadlines.byCode(code).orElseThrow();
  }

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** The item judged at {@code asOf} with one piece sent at {@code sentAt} and no notice. */
  static Verdict sentOnce(WorkItem item, String sentAt, String asOf) {
    return Verdict.of(item.dueAt(), item.required(), 0, List.of(at(sentAt)), List.of(), at(asOf));
  }

  @Test
  void fridays_daily_report_sent_on_monday_at_eleven_is_late() {
    WorkItem friday =
        ExpectedWork.item(
            "S01",
            deadline("DAILY_REPORT_PRE_SALES"),
            LocalDate.of(2026, 10, 9),
            SHANGHAI,
            d -> true);

    Verdict v = sentOnce(friday, "2026-10-12T11:00:00+08:00", "2026-10-12T12:00:00+08:00");

    assertThat(friday.dueAt()).isEqualTo(at("2026-10-10T12:00:00+08:00"));
    assertThat(v).isEqualTo(new Verdict(WorkStatus.LATE, 1));
  }

  @Test
  void a_report_sent_exactly_at_its_due_instant_is_on_time_and_one_second_later_is_late() {
    Instant due = at("2026-10-10T12:00:00+08:00");
    Instant later = at("2026-10-11T00:00:00+08:00");

    assertThat(Verdict.of(due, 1, 0, List.of(due), List.of(), later).status())
        .isEqualTo(WorkStatus.ON_TIME);
    assertThat(Verdict.of(due, 1, 0, List.of(due.plusSeconds(1)), List.of(), later).status())
        .isEqualTo(WorkStatus.LATE);
  }

  @Test
  void work_not_yet_due_is_open_and_after_its_due_instant_missing() {
    Instant due = at("2026-10-10T12:00:00+08:00");

    assertThat(Verdict.of(due, 1, 0, List.of(), List.of(), due.minusSeconds(1)).status())
        .isEqualTo(WorkStatus.OPEN);
    assertThat(Verdict.of(due, 1, 0, List.of(), List.of(), due))
        .isEqualTo(new Verdict(WorkStatus.MISSING, 1));
  }

  @Test
  void any_notice_before_a_reports_due_instant_excuses_it_and_one_after_does_not() {
    Instant due = at("2026-11-05T23:59:59+08:00");
    Instant asOf = at("2026-11-10T00:00:00+08:00");

    assertThat(Verdict.of(due, 1, 0, List.of(), List.of(due.minusSeconds(60)), asOf).status())
        .isEqualTo(WorkStatus.EXCUSED);
    assertThat(Verdict.of(due, 1, 0, List.of(), List.of(due.plusSeconds(60)), asOf).status())
        .isEqualTo(WorkStatus.MISSING);
  }

  @Test
  void a_three_day_task_with_notice_25_hours_ahead_is_excused_and_23_hours_is_not() {
    Instant assigned = at("2026-10-10T09:00:00+08:00");
    Instant due = at("2026-10-13T18:00:00+08:00");
    WorkItem task = ExpectedWork.task("S01", deadline("OA_TASK"), 7, assigned, due, SHANGHAI);
    Instant asOf = at("2026-10-20T00:00:00+08:00");

    assertThat(ExpectedWork.allowedDays(assigned, due, SHANGHAI)).isEqualTo(3);
    assertThat(task.noticeDaysNeeded()).isEqualTo(1);
    assertThat(
            Verdict.of(
                    due,
                    1,
                    task.noticeDaysNeeded(),
                    List.of(),
                    List.of(due.minusSeconds(25 * 3600)),
                    asOf)
                .status())
        .isEqualTo(WorkStatus.EXCUSED);
    assertThat(
            Verdict.of(
                    due,
                    1,
                    task.noticeDaysNeeded(),
                    List.of(),
                    List.of(due.minusSeconds(23 * 3600)),
                    asOf)
                .status())
        .isEqualTo(WorkStatus.MISSING);
  }

  @Test
  void allowed_days_are_the_calendar_date_difference_in_the_groups_zone() {
    // 23:30 in Shanghai on 10-10 is still 10-10 there; 01:00 on 10-14 is 10-14
    Instant assigned = at("2026-10-10T23:30:00+08:00");
    Instant due = at("2026-10-14T01:00:00+08:00");

    assertThat(ExpectedWork.allowedDays(assigned, due, SHANGHAI)).isEqualTo(4);
    assertThat(
            ExpectedWork.task("S01", deadline("OA_TASK"), 1, assigned, due, SHANGHAI)
                .noticeDaysNeeded())
        .isEqualTo(2);
  }

  @Test
  void a_month_with_one_meeting_with_minutes_is_one_meeting_short() {
    WorkItem month =
        ExpectedWork.item(
            "S01", deadline("MEETINGS"), LocalDate.of(2026, 10, 15), SHANGHAI, d -> true);

    Verdict v = sentOnce(month, "2026-10-12T15:00:00+08:00", "2026-11-01T00:00:00+08:00");

    assertThat(month.required()).isEqualTo(2);
    assertThat(month.dueAt()).isEqualTo(at("2026-10-31T23:59:59+08:00"));
    assertThat(v).isEqualTo(new Verdict(WorkStatus.MISSING, 1));
  }

  @Test
  void archives_are_due_at_the_end_of_every_even_month_and_paper_files_by_31_january() {
    assertThat(deadline("ARCHIVE_ELECTRONIC").dueFor(LocalDate.of(2026, 9, 3)))
        .isEqualTo(LocalDateTime.of(2026, 10, 31, 23, 59, 59));
    assertThat(deadline("ARCHIVE_ELECTRONIC").dueFor(LocalDate.of(2026, 2, 1)))
        .isEqualTo(LocalDateTime.of(2026, 2, 28, 23, 59, 59));
    assertThat(deadline("ARCHIVE_PAPER").dueFor(LocalDate.of(2026, 6, 30)))
        .isEqualTo(LocalDateTime.of(2027, 1, 31, 23, 59, 59));
    assertThat(deadline("CALLBACK_DATA").dueFor(LocalDate.of(2026, 10, 31)))
        .isEqualTo(LocalDateTime.of(2026, 11, 1, 12, 0));
  }

  @Test
  void a_store_owes_calendar_work_only_from_its_first_duty() {
    DutyRoster roster =
        new DutyRoster(
            List.of(
                new DutyRoster.Duty(
                    "S01", "DAILY_REPORT_PRE_SALES", "E104", LocalDate.of(2026, 10, 20)),
                new DutyRoster.Duty("S01", "WEEKLY_REPORT", "E104", LocalDate.of(2026, 10, 1))));
    List<ExpectedWork.DeadlinesInForce> packs =
        List.of(new ExpectedWork.DeadlinesInForce(deadlines, LocalDate.of(2026, 1, 1), s -> true));

    List<WorkItem> items =
        ExpectedWork.periodic(
            "S01",
            packs,
            roster::trackedFrom,
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31),
            SHANGHAI,
            d -> true);

    assertThat(items.stream().filter(i -> i.deadline().code().equals("DAILY_REPORT_PRE_SALES")))
        .hasSize(12)
        .first()
        .extracting(WorkItem::periodStart)
        .isEqualTo(LocalDate.of(2026, 10, 20));
    // weeks ending 10-4, 10-11, 10-18, 10-25 (the week of 10-26 ends in November)
    assertThat(items.stream().filter(i -> i.deadline().code().equals("WEEKLY_REPORT")))
        .extracting(WorkItem::periodStart)
        .containsExactly(
            LocalDate.of(2026, 9, 28),
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 10, 19));
    assertThat(items).noneMatch(i -> i.deadline().code().equals("MONTHLY_REPORT"));
  }

  /** The pre-sales daily report as a pack would define it with {@code days: WORKING}. */
  Deadline onWorkingDays() {
    Deadline base = deadline("DAILY_REPORT_PRE_SALES");
    return new Deadline(
        base.code(),
        base.clause(),
        base.label(),
        base.period(),
        base.daysAfterPeriodEnd(),
        base.at(),
        base.incidentType(),
        base.notice(),
        1,
        Deadline.Days.WORKING);
  }

  @Test
  void work_counted_in_working_days_skips_the_weekend_and_a_holiday_for_its_days_and_due_time() {
    // National Day 2026-10-01..10-07 are holidays; Sunday 09-27 is worked
    java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
    for (int day = 1; day <= 7; day++) {
      holidays.add(LocalDate.of(2026, 10, day));
    }
    java.util.Set<LocalDate> worked = java.util.Set.of(LocalDate.of(2026, 9, 27));
    java.util.function.Predicate<LocalDate> calendar =
        d -> worked.contains(d) || (!holidays.contains(d) && d.getDayOfWeek().getValue() < 6);
    Deadline working = onWorkingDays();

    List<WorkItem> items =
        ExpectedWork.periodic(
            "S01",
            List.of(
                new ExpectedWork.DeadlinesInForce(
                    new Deadlines(List.of(working)), LocalDate.of(2026, 1, 1), s -> true)),
            (store, code) -> Optional.of(LocalDate.of(2026, 9, 1)),
            LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 10, 12),
            SHANGHAI,
            calendar);

    assertThat(items)
        .extracting(WorkItem::periodStart)
        .containsExactly(
            LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 9, 27),
            LocalDate.of(2026, 9, 28),
            LocalDate.of(2026, 9, 29),
            LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 8),
            LocalDate.of(2026, 10, 9),
            LocalDate.of(2026, 10, 12));
    // Friday's report is due on the worked Sunday; the day before the holiday on the first day back
    assertThat(items.get(0).dueAt()).isEqualTo(at("2026-09-27T12:00:00+08:00"));
    assertThat(items.get(4).dueAt()).isEqualTo(at("2026-10-08T12:00:00+08:00"));
    assertThat(items.get(6).dueAt()).isEqualTo(at("2026-10-12T12:00:00+08:00"));
    // the same deadline on every day keeps its calendar days
    assertThat(deadline("DAILY_REPORT_PRE_SALES").dueFor(LocalDate.of(2026, 9, 30), calendar))
        .isEqualTo(LocalDateTime.of(2026, 10, 1, 12, 0));
    assertThat(working.owedOn(LocalDate.of(2026, 10, 3), calendar)).isFalse();
  }

  @Test
  void daily_work_owed_on_working_days_only_skips_the_others() {
    Deadline working = onWorkingDays();

    List<LocalDate> days =
        working.periodsEndingWithin(
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 11),
            d -> d.getDayOfWeek().getValue() < 6);

    assertThat(days).hasSize(5).last().isEqualTo(LocalDate.of(2026, 10, 9));
  }

  @Test
  void the_duty_holder_answers_and_without_one_the_cs_manager_then_the_store_manager() {
    DutyRoster roster =
        new DutyRoster(
            List.of(
                new DutyRoster.Duty("S01", "WEEKLY_REPORT", "E104", LocalDate.of(2026, 10, 1)),
                new DutyRoster.Duty("S01", "WEEKLY_REPORT", "E105", LocalDate.of(2026, 10, 15))));
    LocalDate day = LocalDate.of(2026, 10, 13);
    DutyRoster.Posts managers =
        (store, position, d) ->
            position.equals("CS_MANAGER") ? Optional.<String>empty() : Optional.of("E101");

    assertThat(roster.responsible("S01", "WEEKLY_REPORT", day, managers, (e, s, d) -> true))
        .contains("E104");
    assertThat(
            roster.responsible(
                "S01", "WEEKLY_REPORT", LocalDate.of(2026, 10, 20), managers, (e, s, d) -> true))
        .contains("E105");
    // the duty holder has left the store: the store manager, as the store has no CS manager
    assertThat(roster.responsible("S01", "WEEKLY_REPORT", day, managers, (e, s, d) -> false))
        .contains("E101");
    assertThat(
            roster.responsible(
                "S01",
                "MONTHLY_REPORT",
                day,
                (store, position, d) ->
                    Optional.of(position.equals("CS_MANAGER") ? "E102" : "E101"),
                (e, s, d) -> true))
        .contains("E102");
  }
}
