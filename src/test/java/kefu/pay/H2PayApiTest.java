package kefu.pay;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The pay calls on H2, in a database of its own: its entries and published month stay here. */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:pay;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2PayApiTest extends PayApiScenario {}
