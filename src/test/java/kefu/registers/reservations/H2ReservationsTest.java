package kefu.registers.reservations;

/** Reservations on H2, in the test context most full-stack tests share. */
class H2ReservationsTest extends ReservationsScenario {}
