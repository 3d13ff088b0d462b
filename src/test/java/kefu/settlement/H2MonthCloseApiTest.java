package kefu.settlement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scenario on H2, in a database of its own: it checks every statement of the demo group's
 * month, so an employee, an adoption or an incident that another class adds to a shared database
 * (in whatever order the classes run) would change its figures.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:month-close-scenario;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2MonthCloseApiTest extends MonthCloseApiScenario {}
