package kefu.settlement;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same month close on a real PostgreSQL: the ledger, statements and locks persist there. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresMonthCloseApiTest extends MonthCloseApiScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
