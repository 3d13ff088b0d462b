package kefu.pay;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same pay scenarios on a real PostgreSQL, so the migration and queries hold there. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresPayApiTest extends PayApiScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
