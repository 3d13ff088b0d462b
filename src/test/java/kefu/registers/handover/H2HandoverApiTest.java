package kefu.registers.handover;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/** The handover calls on H2, in the test context most full-stack tests share. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2HandoverApiTest extends HandoverApiScenario {}
