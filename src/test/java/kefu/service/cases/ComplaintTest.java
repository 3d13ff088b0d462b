package kefu.service.cases;

import static kefu.service.cases.SlaClockTest.ZONE;
import static kefu.service.cases.SlaClockTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplaintTest {

  static final ComplaintSla SLA =
      new ComplaintSla(
          "§SLA",
          1,
          24,
          3,
          List.of(
              new ComplaintSla.Level(1, "CS_MANAGER", 0),
              new ComplaintSla.Level(2, "STORE_MANAGER", 4),
              new ComplaintSla.Level(3, "GROUP_CS", 8)),
          1,
          LocalTime.NOON);

  static final SlaClock CLOCK = new SlaClock(ZONE, SlaClockTest.WEEKDAYS_BUT_OCTOBER_FIRST);

  static Complaint received(String at, boolean urgent, boolean important) {
    return received(at, urgent, important, ComplaintKind.COMPLAINT);
  }

  static Complaint received(String at, boolean urgent, boolean important, ComplaintKind kind) {
    return new Complaint(
        new Complaint.Received(
            "S01", "E101", kind, at(at), urgent, important, "王女士", "13812345678", "等太久"),
        new Complaint.SlaSource("cs-appraisal-uniform", 1, SLA),
        CLOCK,
        ZONE,
        "tester");
  }

  @Nested
  class DueTimes {
    @Test
    void an_urgent_complaint_is_due_a_first_reply_within_an_hour() {
      Complaint c = received("2026-10-12T09:00", true, false);
      assertThat(c.getFirstReplyDueAt()).isEqualTo(at("2026-10-12T10:00"));
      assertThat(c.getResolveDueAt()).isEqualTo(at("2026-10-15T09:00"));
    }

    @Test
    void any_other_complaint_is_due_a_first_reply_within_a_day() {
      assertThat(received("2026-10-12T09:00", false, false).getFirstReplyDueAt())
          .isEqualTo(at("2026-10-13T09:00"));
    }

    @Test
    void an_important_complaint_is_due_at_group_cs_by_noon_the_next_day() {
      assertThat(received("2026-10-12T21:00", false, true).getReportDueAt())
          .isEqualTo(at("2026-10-13T12:00"));
      assertThat(received("2026-10-12T21:00", false, false).getReportDueAt()).isNull();
    }

    @Test
    void praise_runs_against_no_response_time() {
      Complaint praise = received("2026-10-12T09:00", false, false, ComplaintKind.PRAISE);
      assertThat(praise.getFirstReplyDueAt()).isNull();
      assertThat(praise.breaches(at("2026-12-01T00:00"))).isEmpty();
    }
  }

  @Nested
  class Steps {
    @Test
    void a_complaint_walks_from_received_to_closed_with_its_satisfaction() {
      Complaint c = received("2026-10-12T09:00", false, false);
      c.acknowledge(at("2026-10-12T09:30"), "已回电", "cs");
      c.pause(at("2026-10-12T10:00"), "等顾客提供发票", "cs");
      c.resume(at("2026-10-12T12:00"), null, "cs", CLOCK);
      c.resolve(at("2026-10-13T12:00"), "已换货", "cs");
      c.close(at("2026-10-13T13:00"), null, 5, "cs");

      assertThat(c.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
      assertThat(c.getSatisfaction()).isEqualTo(5);
      assertThat(c.getResolveDueAt()).isEqualTo(at("2026-10-15T11:00"));
      assertThat(c.breaches(at("2026-12-01T00:00"))).isEmpty();
      assertThat(c.getSteps()).extracting(Step::getAction).hasSize(5);
    }

    @Test
    void closing_twice_is_a_conflict() {
      Complaint c = resolved();
      c.close(at("2026-10-13T13:00"), null, 4, "cs");
      assertThatThrownBy(() -> c.close(at("2026-10-13T14:00"), null, 4, "cs"))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("already closed");
    }

    @Test
    void a_satisfaction_outside_one_to_five_is_refused_on_its_field_and_changes_nothing() {
      Complaint c = resolved();
      assertThatThrownBy(() -> c.close(at("2026-10-13T13:00"), null, 6, "cs"))
          .isInstanceOfSatisfying(
              BadInput.class,
              e -> assertThat(e.problems()).extracting("field").containsExactly("satisfaction"));
      assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
      assertThat(c.getSteps()).hasSize(2);
    }

    @Test
    void resolving_before_acknowledging_is_a_conflict_naming_the_status_needed() {
      Complaint c = received("2026-10-12T09:00", false, false);
      assertThatThrownBy(() -> c.resolve(at("2026-10-12T10:00"), null, "cs"))
          .isInstanceOf(Conflict.class)
          .hasMessageContaining("is RECEIVED")
          .hasMessageContaining("ACKNOWLEDGED");
    }

    @Test
    void resuming_what_is_not_paused_is_a_conflict() {
      Complaint c = received("2026-10-12T09:00", false, false);
      c.acknowledge(at("2026-10-12T09:30"), null, "cs");
      assertThatThrownBy(() -> c.resume(at("2026-10-12T10:00"), null, "cs", CLOCK))
          .isInstanceOf(Conflict.class);
    }

    @Test
    void a_step_dated_before_the_one_before_it_is_refused_on_at() {
      Complaint c = received("2026-10-12T09:00", false, false);
      assertThatThrownBy(() -> c.acknowledge(at("2026-10-12T08:00"), null, "cs"))
          .isInstanceOfSatisfying(
              BadInput.class,
              e -> assertThat(e.problems()).extracting("field").containsExactly("at"));
    }

    private Complaint resolved() {
      Complaint c = received("2026-10-12T09:00", false, false);
      c.acknowledge(at("2026-10-12T09:30"), null, "cs");
      c.resolve(at("2026-10-13T12:00"), null, "cs");
      return c;
    }
  }

  @Nested
  class Breaches {
    @Test
    void a_late_first_reply_is_marked_and_stays_marked() {
      Complaint c = received("2026-10-12T09:00", true, false);
      c.acknowledge(at("2026-10-12T10:01"), null, "cs");
      assertThat(c.breaches(at("2026-10-12T10:02"))).containsExactly(Breach.FIRST_REPLY);
    }

    @Test
    void an_unanswered_complaint_breaches_once_its_due_time_has_passed() {
      Complaint c = received("2026-10-12T09:00", true, false);
      assertThat(c.breaches(at("2026-10-12T10:00"))).isEmpty();
      assertThat(c.breaches(at("2026-10-12T10:00:01"))).containsExactly(Breach.FIRST_REPLY);
    }

    @Test
    void a_paused_complaint_does_not_run_into_a_resolution_breach() {
      Complaint c = received("2026-10-12T09:00", false, false);
      c.acknowledge(at("2026-10-12T09:30"), null, "cs");
      c.pause(at("2026-10-12T10:00"), null, "cs");
      assertThat(c.breaches(at("2026-10-20T00:00"))).isEmpty();
    }

    @Test
    void resolving_after_the_due_time_marks_a_resolution_breach() {
      Complaint c = received("2026-10-12T09:00", false, false);
      c.acknowledge(at("2026-10-12T09:30"), null, "cs");
      c.resolve(at("2026-10-15T09:01"), null, "cs");
      assertThat(c.breaches(at("2026-10-15T09:02"))).containsExactly(Breach.RESOLUTION);
    }
  }

  @Nested
  class ImportantComplaints {
    @Test
    void reported_by_noon_the_next_day_it_is_not_unreported() {
      Complaint c = received("2026-10-12T21:00", false, true);
      c.reportToGroup(at("2026-10-13T12:00"), null, "cs");
      assertThat(c.unreported(at("2026-10-20T00:00"))).isFalse();
      assertThatThrownBy(() -> c.explain(at("2026-10-14T09:00"), "忘了", "cs"))
          .isInstanceOf(Conflict.class);
    }

    @Test
    void late_it_takes_an_explanation_and_one_decision() {
      Complaint c = received("2026-10-12T21:00", false, true);
      Instant late = at("2026-10-13T12:00:01");
      assertThat(c.unreported(late)).isTrue();
      c.explain(late, "店长出差", "cs");
      c.decideExplanation(at("2026-10-14T09:00"), false, null, "groupcs");
      assertThat(c.getExplanationAccepted()).isFalse();
      assertThatThrownBy(() -> c.decideExplanation(at("2026-10-14T10:00"), true, null, "groupcs"))
          .isInstanceOf(Conflict.class);
    }

    @Test
    void a_complaint_that_is_not_important_is_not_reported() {
      Complaint c = received("2026-10-12T21:00", false, false);
      assertThatThrownBy(() -> c.reportToGroup(at("2026-10-13T09:00"), null, "cs"))
          .isInstanceOf(Conflict.class);
    }
  }
}
