package kefu.audit;

/** What happened to the audited thing. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  LOGIN,
  LOGIN_FAILED
}
