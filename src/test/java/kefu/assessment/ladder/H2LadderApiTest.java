package kefu.assessment.ladder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The ladder scenarios on H2, in a database of their own. */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:ladder-api;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(LadderApiScenario.Scores.class)
class H2LadderApiTest extends LadderApiScenario {}
