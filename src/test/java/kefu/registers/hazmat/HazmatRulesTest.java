package kefu.registers.hazmat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kefu.platform.FieldProblem;
import kefu.registers.Approval;
import kefu.registers.ApprovalKind;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.Post;
import org.junit.jupiter.api.Test;

/** Who may draw hazardous materials (SPEC §8.4), without Spring or a database. */
class HazmatRulesTest {

  static final Optional<Approval> OWN =
      Optional.of(new Approval("CM", ApprovalKind.OWN_LOGIN, "cm"));

  static List<String> draw(Post drawer, String approver, Post approverPost) {
    Checks checks = new Checks();
    HazmatRules.draw(
        checks,
        "S01",
        new Named(
            "D", Optional.ofNullable(drawer), approver, Optional.ofNullable(approverPost), OWN));
    return checks.refusals().stream().map(FieldProblem::message).toList();
  }

  @Test
  void aSupervisorOrAboveOfTheStoreDrawsWithAnotherLeadApproving() {
    assertThat(draw(new Post("S01", "SUPERVISOR"), "CM", new Post("S01", "CS_MANAGER"))).isEmpty();
    assertThat(draw(new Post("S01", "STORE_MANAGER"), "G", new Post("HQ", "GROUP_CS"))).isEmpty();
  }

  @Test
  void anAgentAnotherStoresSupervisorAndOnesOwnApprovalAreRefused() {
    assertThat(draw(new Post("S01", "CS_AGENT"), "CM", new Post("S01", "CS_MANAGER")))
        .containsExactly("registers.hazmat.drawerBelowSupervisor");
    assertThat(draw(new Post("S02", "SUPERVISOR"), "CM", new Post("S01", "CS_MANAGER")))
        .containsExactly("registers.hazmat.drawerBelowSupervisor");
    assertThat(draw(new Post("S01", "SUPERVISOR"), "D", new Post("S01", "SUPERVISOR")))
        .containsExactly("registers.hazmat.approverIsDrawer");
    assertThat(draw(new Post("S01", "SUPERVISOR"), "A", new Post("S01", "FRONT_DESK")))
        .containsExactly("registers.hazmat.approverBelowSupervisor");
  }
}
