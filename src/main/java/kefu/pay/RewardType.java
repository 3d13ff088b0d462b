package kefu.pay;

/**
 * The rewards of doc 001 (SPEC §2.3), each with the one field that decides its amount: the event's
 * grade, the number of arrivals, or the contract amount of the signing.
 */
public enum RewardType {
  /** An event invitation, graded by the event's overall result (A, B, C). */
  EVENT_INVITATION("eventGrade"),
  /** E-commerce event invitees who arrived on site, counted per arrival. */
  ECOMMERCE_ARRIVAL("quantity"),
  /** An e-commerce deal signed, rewarded by its contract amount. */
  ECOMMERCE_SIGNING("contractAmount");

  private final String field;

  RewardType(String field) {
    this.field = field;
  }

  /** The request field this type takes (and the only one of the three it takes). */
  public String field() {
    return field;
  }
}
