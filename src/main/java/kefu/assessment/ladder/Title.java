package kefu.assessment.ladder;

/** An award recorded with its date that a ladder step may require (SPEC §8.3). */
public enum Title {
  /** 优秀客服, outstanding CS. */
  OUTSTANDING_CS
}
