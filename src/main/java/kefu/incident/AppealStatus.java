package kefu.incident;

/** An employee's appeal against an incident and the manager's answer. */
public enum AppealStatus {
  PENDING,
  UPHELD,
  GRANTED
}
