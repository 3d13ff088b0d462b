package kefu.registers.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kefu.platform.FieldProblem;
import kefu.registers.Approval;
import kefu.registers.ApprovalKind;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.Post;
import org.junit.jupiter.api.Test;

/** The key register's rules of SPEC §8.4, without Spring or a database. */
class KeyRulesTest {

  static final RegisterKey OFFICE =
      new RegisterKey(1, "S01", "K-101", KeyClass.OFFICE, "CU", false, null);
  static final RegisterKey SEALED =
      new RegisterKey(2, "S01", "F-1", KeyClass.EQUIPMENT_ROOM, "CU", true, "F-0012");
  static final Optional<Approval> PAPER =
      Optional.of(new Approval("X", ApprovalKind.PAPER, "admin"));
  static final Optional<Post> AGENT = Optional.of(new Post("S01", "CS_AGENT"));

  static List<FieldProblem> loan(
      RegisterKey key, Optional<Post> borrower, String approver, Optional<Post> post) {
    Checks checks = new Checks();
    KeyRules.loan(checks, key, new Named("B", borrower, approver, post, PAPER));
    return checks.refusals();
  }

  @Test
  void theCustodianOrTheStoresCsManagerApprovesALoanToAnEmployee() {
    assertThat(loan(OFFICE, AGENT, "CU", Optional.of(new Post("S01", "FRONT_DESK")))).isEmpty();
    assertThat(loan(OFFICE, AGENT, "M", Optional.of(new Post("S01", "CS_MANAGER")))).isEmpty();
  }

  @Test
  void anOutsiderASealedKeyAndAnotherStoresManagerAreEachRefusedOnTheirField() {
    assertThat(loan(OFFICE, Optional.empty(), "CU", Optional.empty()))
        .containsExactly(new FieldProblem("borrowerCode", "registers.key.borrowerNotEmployee"));
    assertThat(loan(SEALED, AGENT, "CU", Optional.empty()))
        .containsExactly(new FieldProblem("keyId", "registers.key.sealedNotLoaned"));
    assertThat(loan(OFFICE, AGENT, "M", Optional.of(new Post("S02", "CS_MANAGER"))))
        .containsExactly(new FieldProblem("approverCode", "registers.key.approverNotCustodian"));
  }

  @Test
  void aReturnIsReceivedByTheCustodianNotBeforeTheLoan() {
    KeyLoan loan =
        new KeyLoan(
            5,
            1,
            "S01",
            "K-101",
            "B",
            "CU",
            ApprovalKind.PAPER,
            "p",
            Instant.parse("2026-10-08T01:00:00Z"),
            null,
            null);
    Checks checks = new Checks();
    KeyRules.giveBack(checks, OFFICE, loan, "A2", Instant.parse("2026-10-08T00:00:00Z"));
    assertThat(checks.refusals())
        .extracting(FieldProblem::field)
        .containsExactly("receivedByCode", "returnedAt");
  }

  static List<FieldProblem> opening(
      RegisterKey key,
      String approver,
      Post approverPost,
      List<String> witnesses,
      List<Optional<Post>> posts,
      String guard,
      String seal) {
    Checks checks = new Checks();
    KeyRules.opening(
        checks,
        key,
        new KeyRules.OpeningFacts(
            approver, Optional.of(approverPost), PAPER, witnesses, posts, guard, seal));
    return checks.refusals();
  }

  @Test
  void theStoreManagerOpensASealedKeyBeforeTwoCsWitnessesAndAGuard() {
    assertThat(
            opening(
                SEALED,
                "SM",
                new Post("S01", "STORE_MANAGER"),
                List.of("A1", "A2"),
                List.of(AGENT, Optional.of(new Post("S01", "SUPERVISOR"))),
                "王保安",
                "F-0012"))
        .isEmpty();
  }

  @Test
  void everyConditionOfAnEmergencyOpeningIsRefusedWithItsOwnMessage() {
    assertThat(
            opening(
                SEALED,
                "CM",
                new Post("S01", "CS_MANAGER"),
                List.of("CM", "X", "X"),
                List.of(AGENT, Optional.of(new Post("S01", "STORE_MANAGER")), AGENT),
                null,
                "F-9999"))
        .containsExactly(
            new FieldProblem("approverCode", "registers.opening.approverNotManager"),
            new FieldProblem("witnessCodes[0]", "registers.opening.witnessIsApprover"),
            new FieldProblem("witnessCodes[1]", "registers.opening.witnessNotCs"),
            new FieldProblem("witnessCodes[2]", "registers.opening.witnessRepeated"),
            new FieldProblem("guardName", "registers.opening.guardRequired"),
            new FieldProblem("sealBefore", "registers.opening.sealMismatch"));
    assertThat(
            opening(
                OFFICE, "E", new Post("HQ", "EXECUTIVE"), List.of("A1"), List.of(AGENT), "g", null))
        .containsExactly(
            new FieldProblem("keyId", "registers.opening.keyNotSealed"),
            new FieldProblem("witnessCodes", "registers.opening.twoWitnesses"),
            new FieldProblem("sealBefore", "registers.opening.sealBeforeRequired"));
  }

  @Test
  void aClosingPutsOnANewSealAfterTheOpening() {
    EmergencyOpening open =
        new EmergencyOpening(
            3,
            2,
            "S01",
            "F-1",
            "SM",
            ApprovalKind.OWN_LOGIN,
            List.of("A1", "A2"),
            "g",
            "r",
            Instant.parse("2026-10-08T14:00:00Z"),
            "F-0012",
            null,
            null);
    Checks checks = new Checks();
    KeyRules.closing(checks, open, "F-0012", Instant.parse("2026-10-08T13:00:00Z"));
    assertThat(checks.refusals())
        .containsExactly(
            new FieldProblem("sealAfter", "registers.opening.sameSeal"),
            new FieldProblem("closedAt", "registers.opening.closedBeforeOpened"));
  }
}
