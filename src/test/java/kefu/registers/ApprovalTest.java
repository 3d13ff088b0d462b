package kefu.registers;

import static org.assertj.core.api.Assertions.assertThat;

import kefu.organization.Role;
import org.junit.jupiter.api.Test;

class ApprovalTest {

  @Test
  void theApproversOwnLoginGivesTheApprovalWhateverTheRole() {
    assertThat(Approval.given("E010", "e010", "E010", Role.STAFF))
        .contains(new Approval("E010", ApprovalKind.OWN_LOGIN, "e010"));
  }

  @Test
  void anAdministratorOrGroupCsRecordsAPaperApprovalNamingTheApprover() {
    assertThat(Approval.given("E010", "admin", null, Role.ADMIN))
        .contains(new Approval("E010", ApprovalKind.PAPER, "admin"));
    assertThat(Approval.given("E010", "groupcs", "E001", Role.GROUP_CS))
        .contains(new Approval("E010", ApprovalKind.PAPER, "groupcs"));
  }

  @Test
  void nobodyElseApprovesInSomeoneElsesName() {
    assertThat(Approval.given("E010", "s01cs", "E102", Role.CS_MANAGER)).isEmpty();
    assertThat(Approval.given("E010", "s01manager", "E101", Role.STORE_MANAGER)).isEmpty();
    assertThat(Approval.given("E010", "boss", "E002", Role.EXECUTIVE)).isEmpty();
  }
}
