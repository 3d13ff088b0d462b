package kefu.registers;

/** How an approval reached the register. */
public enum ApprovalKind {
  /** The approver recorded it with their own login. */
  OWN_LOGIN,
  /**
   * An administrator or group CS recorded it from a signed paper form that names the approver; the
   * audit log says so.
   */
  PAPER
}
