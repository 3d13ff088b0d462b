package kefu.settlement.web;

import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The month close's entry in the main menu: everyone may open it, the scope decides what shows. */
@Configuration
class SettlementWebConfig {

  @Bean
  NavItem settlementsNavItem() {
    return new NavItem("settlements", "/settlements", "nav.settlements", "isAuthenticated()", 30);
  }
}
