package kefu.registers.reservations;

/** A reservation waits until the customer collects it or it is cancelled. */
public enum ReservationStatus {
  OPEN,
  COLLECTED,
  CANCELLED
}
