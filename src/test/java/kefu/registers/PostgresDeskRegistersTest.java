package kefu.registers;

import kefu.PostgresDatabase;
import kefu.registers.dutylog.DutyLogApiScenario;
import kefu.registers.lostfound.LostAndFoundScenario;
import kefu.registers.members.MembersScenario;
import kefu.registers.reservations.ReservationsScenario;
import kefu.registers.returns.ReturnsScenario;
import org.junit.jupiter.api.Nested;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The front-desk registers' scenarios on a real PostgreSQL, in one context they share: the duty
 * log, lost and found, member files, reservations, and returns with the month's reason analysis
 * persist there as on H2, and so do the corrections of the custody registers (the handover has a
 * class of its own).
 */
class PostgresDeskRegistersTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }

  @Nested
  class DutyLogApi extends DutyLogApiScenario {}

  @Nested
  class LostAndFound extends LostAndFoundScenario {}

  @Nested
  class Members extends MembersScenario {}

  @Nested
  class Reservations extends ReservationsScenario {}

  @Nested
  class Returns extends ReturnsScenario {}

  @Nested
  class Corrections extends CorrectionsScenario {}
}
