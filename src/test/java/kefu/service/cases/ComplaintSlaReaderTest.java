package kefu.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

class ComplaintSlaReaderTest {

  @Test
  void the_built_in_appraisal_pack_carries_the_complaint_sla_of_spec_8_2() {
    ComplaintSla sla =
        BuiltInPacks.byId("cs-appraisal-uniform")
            .orElseThrow()
            .section(ComplaintSla.class)
            .orElseThrow();
    assertThat(sla.firstReplyHoursUrgent()).isEqualTo(1);
    assertThat(sla.firstReplyHoursOther()).isEqualTo(24);
    assertThat(sla.resolutionWorkingDays()).isEqualTo(3);
    assertThat(sla.escalation())
        .extracting(ComplaintSla.Level::post, ComplaintSla.Level::hoursAfterBreach)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CS_MANAGER", 0),
            org.assertj.core.groups.Tuple.tuple("STORE_MANAGER", 4),
            org.assertj.core.groups.Tuple.tuple("GROUP_CS", 8));
    assertThat(sla.importantReportAt()).isEqualTo(LocalTime.NOON);
  }

  @Test
  void levels_out_of_order_are_refused_with_their_line() {
    String yaml =
        BuiltInPacks.yaml("cs-appraisal-uniform.yaml")
            .replace(
                "{ level: 2, notify: STORE_MANAGER, hoursAfterBreach: 4 }",
                "{ level: 2, notify: STORE_MANAGER, hoursAfterBreach: 12 }");
    assertThatThrownBy(() -> new PolicyPackParser().parse(yaml, "edited"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("escalation")
        .hasMessageContaining("ascend");
  }
}
