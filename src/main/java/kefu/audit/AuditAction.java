package kefu.audit;

/** What happened to the audited thing. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  LOGIN,
  LOGIN_FAILED,
  /**
   * Something was looked at or worked out without changing it (a what-if run, an unmasked view).
   */
  READ
}
