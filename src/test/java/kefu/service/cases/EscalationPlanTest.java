package kefu.service.cases;

import static kefu.service.cases.SlaClockTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscalationPlanTest {

  @Test
  void the_cs_manager_is_told_at_the_breach_the_store_manager_4_hours_and_group_cs_8_hours_later() {
    Complaint c = ComplaintTest.received("2026-10-12T09:00", true, false);
    // first reply due 10:00
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-12T10:00"))).isEmpty();
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-12T10:00:01")))
        .extracting(EscalationPlan.Due::post, EscalationPlan.Due::at)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CS_MANAGER", at("2026-10-12T10:00")));
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-12T14:00")))
        .extracting(EscalationPlan.Due::post)
        .containsExactly("CS_MANAGER", "STORE_MANAGER");
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-12T18:00")))
        .extracting(EscalationPlan.Due::post, EscalationPlan.Due::at)
        .last()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("GROUP_CS", at("2026-10-12T18:00")));
  }

  @Test
  void once_answered_a_late_first_reply_goes_no_higher() {
    Complaint c = ComplaintTest.received("2026-10-12T09:00", true, false);
    c.acknowledge(at("2026-10-12T11:00"), null, "cs");
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-12T20:00"))).isEmpty();
  }

  @Test
  void a_resolution_running_late_escalates_from_its_own_due_time() {
    Complaint c = ComplaintTest.received("2026-10-12T09:00", false, false);
    c.acknowledge(at("2026-10-12T09:30"), null, "cs");
    assertThat(EscalationPlan.dueBy(c, ComplaintTest.SLA, at("2026-10-15T13:00")))
        .extracting(EscalationPlan.Due::breach, EscalationPlan.Due::post)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Breach.RESOLUTION, "CS_MANAGER"),
            org.assertj.core.groups.Tuple.tuple(Breach.RESOLUTION, "STORE_MANAGER"));
  }
}
