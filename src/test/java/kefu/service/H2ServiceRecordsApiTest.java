package kefu.service;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The service records through the API on H2. */
@SpringBootTest(properties = ServiceRecordsApiScenario.SMALL_LIMIT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2ServiceRecordsApiTest extends ServiceRecordsApiScenario {}
