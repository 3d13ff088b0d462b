package kefu.registers.returns;

/** Why an item came back: the codes the month's reason analysis counts by. */
public enum ReturnReason {
  QUALITY,
  SIZE_OR_FIT,
  NOT_AS_DESCRIBED,
  DAMAGED,
  WRONG_ITEM,
  CHANGED_MIND,
  OTHER
}
