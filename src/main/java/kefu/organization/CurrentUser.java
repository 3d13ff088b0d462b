package kefu.organization;

import kefu.platform.Forbidden;
import kefu.platform.RequestMemo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The scope of whoever is making the current request; every controller starts here. */
@Component
public class CurrentUser {

  private final UserAccountRepository users;
  private final EmployeeRepository employees;
  private final Organization organization;
  private final TransactionTemplate readOnly;

  CurrentUser(
      UserAccountRepository users,
      EmployeeRepository employees,
      Organization organization,
      PlatformTransactionManager transactions) {
    this.users = users;
    this.employees = employees;
    this.organization = organization;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /**
   * Worked out once per request: a page's controller and each of its home cards ask for it, and a
   * remembered scope takes no connection from the pool.
   */
  public AccessScope scope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new Forbidden("not logged in");
    }
    String username = auth.getName();
    return RequestMemo.get("scope." + username, () -> readOnly.execute(tx -> lookUp(username)));
  }

  /** The scope of the current user for a change: a read-only user is refused (403). */
  public AccessScope writer() {
    return scope().requireWriter();
  }

  private AccessScope lookUp(String username) {
    AccessScope scope =
        users
            .findByUsername(username)
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
