package kefu.policy.web;

import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy pages' menu entry and home card: for the roles that see every store, and for a store's
 * managers, who read the packs in force for their store.
 */
@Configuration
class PolicyNavigation {

  private static final String READERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  @Bean
  NavItem policyNavItem() {
    return new NavItem("policy", "/policy", "nav.policy", READERS, 10);
  }

  @Bean
  HomeCard policyCard() {
    return new HomeCard(
        "nav.policy", "/policy", READERS, 10, () -> new Message("nav.policy.intro"));
  }
}
