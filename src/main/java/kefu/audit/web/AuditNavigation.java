package kefu.audit.web;

import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's place in the administrators' menu. */
@Configuration
class AuditNavigation {

  @Bean
  NavItem auditNavItem() {
    return new NavItem("audit", "/admin/audit", "nav.audit", "hasRole('ADMIN')", 110, "admin");
  }
}
