package kefu.registers.handover;

/** Where a handover stands: waiting for the incoming person, signed by them, or refused. */
public enum HandoverStatus {
  PENDING,
  SIGNED,
  REFUSED
}
