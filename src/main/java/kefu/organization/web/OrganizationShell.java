package kefu.organization.web;

import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the organization's pages appear in the menu and on the home page: stores for everyone but
 * staff, employees for all, users and group settings in the administrators' menu.
 */
@Configuration
class OrganizationShell {

  private static final String NOT_STAFF = "isAuthenticated() and !hasRole('STAFF')";
  private static final String ADMIN = "hasRole('ADMIN')";

  @Bean
  NavItem storesNavItem() {
    return new NavItem("stores", "/stores", "nav.stores", NOT_STAFF, 2);
  }

  @Bean
  NavItem employeesNavItem() {
    return new NavItem("employees", "/employees", "nav.employees", "isAuthenticated()", 4);
  }

  @Bean
  NavItem usersNavItem() {
    return new NavItem("users", "/admin/users", "nav.users", ADMIN, 100, "admin");
  }

  @Bean
  NavItem settingsNavItem() {
    return new NavItem("settings", "/admin/settings", "nav.settings", ADMIN, 120, "admin");
  }

  @Bean
  HomeCard storesCard() {
    return new HomeCard("nav.stores", "/stores", NOT_STAFF, 2, () -> new Message("home.stores"));
  }

  @Bean
  HomeCard employeesCard() {
    return new HomeCard(
        "nav.employees", "/employees", "isAuthenticated()", 4, () -> new Message("home.employees"));
  }
}
