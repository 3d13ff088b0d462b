package kefu.service.web;

import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service records' menu: callbacks, spot checks and their quota, the showroom log. */
@Configuration
class ServiceNavigation {

  static final String GROUP = "serviceRecords";
  static final String CHECKERS = "hasAnyRole('ADMIN','GROUP_CS')";
  static final String MANAGERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  /** The stores a user may pick in these pages: their own or all, never the head office. */
  static List<Store> stores(Organization organization, AccessScope scope) {
    return organization.visibleStores(scope).stream().filter(s -> !s.isHeadOffice()).toList();
  }

  @Bean
  static NavItem callbacksNav() {
    return new NavItem("callbacks", "/callbacks", "nav.callbacks", "isAuthenticated()", 40, GROUP);
  }

  @Bean
  static NavItem spotChecksNav() {
    return new NavItem("spot-checks", "/spot-checks", "nav.spotChecks", CHECKERS, 41, GROUP);
  }

  @Bean
  static NavItem quotaNav() {
    return new NavItem(
        "spot-check-quota", "/spot-checks/quota", "nav.spotCheckQuota", MANAGERS, 42, GROUP);
  }

  @Bean
  static NavItem showroomNav() {
    return new NavItem("showroom", "/showroom", "nav.showroom", MANAGERS, 43, GROUP);
  }
}
