package kefu.organization;

/** The CS career ladder, lowest first (SPEC §1, doc 002 §14). */
public enum Level {
  TRAINEE,
  JUNIOR,
  INTERMEDIATE,
  SENIOR,
  RESERVE_SUPERVISOR
}
