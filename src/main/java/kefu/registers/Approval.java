package kefu.registers;

import java.util.Optional;
import kefu.organization.Role;

/**
 * Who approved an entry and how: by their own login, or from a paper approval naming them that an
 * administrator or group CS recorded. {@code recordedBy} is the login that entered it.
 */
public record Approval(String approverCode, ApprovalKind kind, String recordedBy) {

  /** The message on the approver's field when the login may not give this approval. */
  public static final String NOT_OWN_LOGIN = "registers.approval.notOwnLogin";

  /**
   * The approval as the login {@code username} (whose own employee is {@code ownEmployeeCode}, null
   * for an account without one, with {@code role}) may give it; empty when it may not: only the
   * approver approves with their own login, and only ADMIN or GROUP_CS record one given on paper.
   */
  public static Optional<Approval> given(
      String approverCode, String username, String ownEmployeeCode, Role role) {
    if (approverCode.equals(ownEmployeeCode)) {
      return Optional.of(new Approval(approverCode, ApprovalKind.OWN_LOGIN, username));
    }
    if (role == Role.ADMIN || role == Role.GROUP_CS) {
      return Optional.of(new Approval(approverCode, ApprovalKind.PAPER, username));
    }
    return Optional.empty();
  }
}
