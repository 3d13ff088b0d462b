package kefu.organization;

import kefu.platform.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The scope of whoever is making the current request; every controller starts here. */
@Component
public class CurrentUser {

  private final UserAccountRepository users;

  CurrentUser(UserAccountRepository users) {
    this.users = users;
  }

  @Transactional(readOnly = true)
  public AccessScope scope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new Forbidden("not logged in");
    }
    return users
        .findByUsername(auth.getName())
        .map(UserAccount::scope)
        .orElseThrow(() -> new Forbidden("unknown user"));
  }
}
