package kefu.service.calls;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same imports on a real PostgreSQL: COPY into the month partitions it creates. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresCallImportTest extends CallImportScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
