package kefu.organization;

import kefu.PostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same matrix on a real PostgreSQL, so the migrations and scoped queries are proven there. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresAuthorizationMatrixTest extends AuthorizationMatrix {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }
}
