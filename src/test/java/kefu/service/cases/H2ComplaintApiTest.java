package kefu.service.cases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The complaint calls on H2, in a database of its own: its agents keep their demo posts. */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:complaints;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2ComplaintApiTest extends ComplaintApiScenario {}
