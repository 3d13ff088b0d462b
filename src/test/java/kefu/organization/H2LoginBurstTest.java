package kefu.organization;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(LoginBurst.HeldRightPassword.class)
@ActiveProfiles("test")
class H2LoginBurstTest extends LoginBurst {}
