package kefu.service;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same service records on a real PostgreSQL. */
@SpringBootTest(properties = ServiceRecordsApiScenario.SMALL_LIMIT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresServiceRecordsApiTest extends ServiceRecordsApiScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
