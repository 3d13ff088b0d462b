package kefu.incident;

/** Whether an incident counts: only recorded ones reach a statement. */
public enum IncidentStatus {
  RECORDED,
  VOIDED
}
