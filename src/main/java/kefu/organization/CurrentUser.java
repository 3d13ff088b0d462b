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
  private final EmployeeRepository employees;
  private final Organization organization;

  CurrentUser(
      UserAccountRepository users, EmployeeRepository employees, Organization organization) {
    this.users = users;
    this.employees = employees;
    this.organization = organization;
  }

  @Transactional(readOnly = true)
  public AccessScope scope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new Forbidden("not logged in");
    }
    AccessScope scope =
        users
            .findByUsername(auth.getName())
            .map(UserAccount::scope)
            .orElseThrow(() -> new Forbidden("unknown user"));
    // staff follow their own record: from a transfer's first day they belong to the new store
    return scope
        .confinedToEmployee()
        .flatMap(employees::findById)
        .flatMap(e -> e.postOn(organization.today()))
        .map(
            a ->
                new AccessScope(
                    scope.username(), scope.role(), a.getStore().getId(), scope.employeeId()))
        .orElse(scope);
  }
}
