package kefu.service.spotcheck;

/**
 * What the checker found when listening to a callback's recording against its reported data. A
 * callback without a recording is {@link #NO_RECORDING} whatever the checker marks.
 */
public enum Verdict {
  MATCH,
  MISMATCH,
  NO_RECORDING;

  /** The verdict that stands for what was marked on a callback with or without a recording. */
  public static Verdict standing(Verdict marked, boolean hasRecording) {
    return hasRecording ? marked : NO_RECORDING;
  }

  /** Whether this verdict fines the callback's agent (doc 000 §1). */
  public boolean createsIncident() {
    return this != MATCH;
  }
}
