package kefu.compliance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The compliance scenarios on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2ComplianceTest extends ComplianceScenario {}
