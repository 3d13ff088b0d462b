package kefu.incident;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The claim of a confirmation token is a row in PostgreSQL: the race holds there too. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresImportConfirmRaceTest extends ImportConfirmRaceScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
