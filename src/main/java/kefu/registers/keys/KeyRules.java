package kefu.registers.keys;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kefu.registers.Approval;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.Post;

/**
 * The key register's rules (SPEC §7, §8.4), as pure checks over what the register and the
 * organization know: each broken condition is noted on its own field with its own message.
 */
final class KeyRules {

  private KeyRules() {}

  /**
   * A loan: never of a sealed key; the borrower an employee (no outsiders); the approver the key's
   * custodian or the store's CS manager, approving with their own login or on paper.
   */
  static void loan(Checks checks, RegisterKey key, Named loan) {
    if (key.sealed()) {
      checks.refuse("keyId", "registers.key.sealedNotLoaned");
    }
    if (loan.person().isEmpty()) {
      checks.refuse("borrowerCode", "registers.key.borrowerNotEmployee");
    }
    boolean custodian = loan.approverCode().equals(key.custodianCode());
    boolean csManager =
        loan.approver().filter(p -> p.in(key.storeCode()) && p.is("CS_MANAGER")).isPresent();
    if (!custodian && !csManager) {
      checks.refuse("approverCode", "registers.key.approverNotCustodian");
    } else if (loan.approval().isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
  }

  /** A key reported lost and not yet re-keyed is not lent: the lock it opens is not safe. */
  static void notLost(Checks checks, Optional<KeyLoss> undecided) {
    if (undecided.isPresent()) {
      checks.refuse("keyId", "registers.key.lostNotLoaned");
    }
  }

  /** A loss report: made by an employee, not about a time still to come. */
  static void loss(Checks checks, Optional<Post> reporter, Instant lostAt, Instant now) {
    if (reporter.isEmpty()) {
      checks.refuse("reportedByCode", "registers.loss.reporterNotEmployee");
    }
    if (lostAt.isAfter(now)) {
      checks.refuse("lostAt", "registers.loss.lostInFuture");
    }
  }

  /**
   * The re-key or lock-change order: approved in writing by the store's CS manager or store manager
   * or an executive (doc 002: the loss is reported to the CS manager, who has it handled), with
   * their own login or on paper; not before the loss.
   */
  static void decision(Checks checks, KeyLoss loss, Named approver, Instant decidedAt) {
    boolean signs =
        approver
            .approver()
            .filter(
                p ->
                    (p.in(loss.storeCode()) && (p.is("CS_MANAGER") || p.is("STORE_MANAGER")))
                        || p.is("EXECUTIVE"))
            .isPresent();
    if (!signs) {
      checks.refuse("approverCode", "registers.loss.approverNotManager");
    } else if (approver.approval().isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
    if (decidedAt.isBefore(loss.lostAt())) {
      checks.refuse("decidedAt", "registers.loss.decidedBeforeLost");
    }
  }

  /** A return: received by the key's custodian, not before the key was borrowed. */
  static void giveBack(
      Checks checks, RegisterKey key, KeyLoan loan, String receivedByCode, Instant returnedAt) {
    if (!receivedByCode.equals(key.custodianCode())) {
      checks.refuse("receivedByCode", "registers.key.receiverNotCustodian");
    }
    if (returnedAt.isBefore(loan.borrowedAt())) {
      checks.refuse("returnedAt", "registers.key.returnedBeforeBorrowed");
    }
  }

  /** Who and what an emergency opening names, as the organization knows them on the day. */
  record OpeningFacts(
      String approverCode,
      Optional<Post> approver,
      Optional<Approval> approval,
      List<String> witnessCodes,
      List<Optional<Post>> witnesses,
      String guardName,
      String sealBefore) {}

  /**
   * An emergency opening: only of a sealed key; approved by the store's manager or an executive;
   * two different CS-department employees of the store other than the approver as witnesses; a
   * named guard; the seal number found before, matching the seal recorded last, if one was.
   */
  static void opening(Checks checks, RegisterKey key, OpeningFacts f) {
    if (!key.sealed()) {
      checks.refuse("keyId", "registers.opening.keyNotSealed");
    }
    boolean manager =
        f.approver()
            .filter(p -> (p.in(key.storeCode()) && p.is("STORE_MANAGER")) || p.is("EXECUTIVE"))
            .isPresent();
    if (!manager) {
      checks.refuse("approverCode", "registers.opening.approverNotManager");
    } else if (f.approval().isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
    List<String> witnesses = f.witnessCodes();
    Set<String> distinct = new HashSet<>(witnesses);
    if (distinct.size() < 2) {
      checks.refuse("witnessCodes", "registers.opening.twoWitnesses");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < witnesses.size(); i++) {
      String field = "witnessCodes[" + i + "]";
      String code = witnesses.get(i);
      if (code.equals(f.approverCode())) {
        checks.refuse(field, "registers.opening.witnessIsApprover");
      } else if (!seen.add(code)) {
        checks.refuse(field, "registers.opening.witnessRepeated");
      } else if (f.witnesses()
          .get(i)
          .filter(p -> p.in(key.storeCode()) && p.inCsDepartment())
          .isEmpty()) {
        checks.refuse(field, "registers.opening.witnessNotCs");
      }
    }
    if (f.guardName() == null) {
      checks.refuse("guardName", "registers.opening.guardRequired");
    }
    if (f.sealBefore() == null) {
      checks.refuse("sealBefore", "registers.opening.sealBeforeRequired");
    } else if (key.seal() != null && !key.seal().equals(f.sealBefore())) {
      checks.refuse("sealBefore", "registers.opening.sealMismatch");
    }
  }

  /** A closing: a new seal, different from the one broken, not before the opening. */
  static void closing(Checks checks, EmergencyOpening opening, String sealAfter, Instant closedAt) {
    if (sealAfter == null) {
      checks.refuse("sealAfter", "registers.opening.sealAfterRequired");
    } else if (sealAfter.equals(opening.sealBefore())) {
      checks.refuse("sealAfter", "registers.opening.sameSeal");
    }
    if (closedAt.isBefore(opening.openedAt())) {
      checks.refuse("closedAt", "registers.opening.closedBeforeOpened");
    }
  }
}
