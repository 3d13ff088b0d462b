package kefu.registers.handover;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same handover calls on a real PostgreSQL: the marks, signatures and lists persist there. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresHandoverApiTest extends HandoverApiScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
