package kefu.service.calls;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The imports on H2, in a database of its own: the daily report counts the demo group's seats, and
 * tests sharing the common context move demo employees to other posts.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:call-imports;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2CallImportTest extends CallImportScenario {}
