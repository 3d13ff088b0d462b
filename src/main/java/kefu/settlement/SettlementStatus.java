package kefu.settlement;

/** A month's close is a draft until published; a published month is locked. */
public enum SettlementStatus {
  DRAFT,
  PUBLISHED
}
