package kefu.registers.returns;

/** What the customer asked for: the money back, or another item. */
public enum ReturnKind {
  RETURN,
  EXCHANGE
}
