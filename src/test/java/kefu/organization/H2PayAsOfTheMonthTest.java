package kefu.organization;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pay scenario on H2, in a database of its own: it computes the current month, which other
 * classes sharing a database may expect to find not yet computed.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:pay-as-of-the-month;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2PayAsOfTheMonthTest extends PayAsOfTheMonthScenario {}
