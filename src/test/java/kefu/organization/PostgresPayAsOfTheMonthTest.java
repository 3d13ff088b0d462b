package kefu.organization;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on a real PostgreSQL: the set-based query of the pay in force in a month runs there. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresPayAsOfTheMonthTest extends PayAsOfTheMonthScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
