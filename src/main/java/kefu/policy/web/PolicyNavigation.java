package kefu.policy.web;

import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy pages' menu entry: for the roles that see every store. */
@Configuration
class PolicyNavigation {

  @Bean
  NavItem policyNavItem() {
    return new NavItem(
        "policy", "/policy", "nav.policy", "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE')", 10);
  }
}
