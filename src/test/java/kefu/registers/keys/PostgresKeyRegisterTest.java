package kefu.registers.keys;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The key register's rules and its row lock hold on PostgreSQL too. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresKeyRegisterTest extends KeyRegisterScenario {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
