package kefu.service.cases;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the complaint escalation sweep on its schedule. */
@Configuration
@EnableScheduling
class ComplaintScheduling {}
