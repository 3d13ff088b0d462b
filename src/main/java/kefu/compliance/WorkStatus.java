package kefu.compliance;

/** Where a piece of compliance work stands at a moment. */
public enum WorkStatus {
  /** Submitted at or before its due instant. */
  ON_TIME,
  /** Submitted after its due instant, with no notice that excuses it. */
  LATE,
  /** Late or not submitted, but a notice given in time excuses it. */
  EXCUSED,
  /** Not submitted and its due instant has passed, with no notice that excuses it. */
  MISSING,
  /** Not submitted yet and not due yet. */
  OPEN;

  /** Whether this status, once the work is due, calls for an incident. */
  public boolean fined() {
    return this == LATE || this == MISSING;
  }
}
