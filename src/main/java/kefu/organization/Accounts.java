package kefu.organization;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.RecordChanged.Kind;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created and reset by an administrator, passwords changed by their owner. */
@Service
@Transactional
public class Accounts {

  private final UserAccountRepository users;
  private final EmployeeRepository employees;
  private final StoreRepository stores;
  private final PasswordEncoder encoder;
  private final RecordChanges changes;
  private final PasswordPolicy passwords;
  private final Organization organization;

  Accounts(
      UserAccountRepository users,
      EmployeeRepository employees,
      StoreRepository stores,
      PasswordEncoder encoder,
      RecordChanges changes,
      PasswordPolicy passwords,
      Organization organization) {
    this.users = users;
    this.employees = employees;
    this.stores = stores;
    this.encoder = encoder;
    this.changes = changes;
    this.passwords = passwords;
    this.organization = organization;
  }

  /** The details of a new or changed account as an administrator enters them. */
  public record AccountForm(
      String username, Role role, String storeCode, String employeeCode, boolean enabled) {}

  /**
   * The employee code of each of these logins whose account is linked to an employee record (a
   * register's {@code recorded_by} is a login): logins without one are left out.
   */
  @Transactional(readOnly = true)
  public Map<String, String> employeeCodes(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    List<UserAccount> accounts =
        users.findByUsernameIn(usernames).stream().filter(u -> u.getEmployeeId() != null).toList();
    Map<Long, String> codes = new HashMap<>();
    employees
        .findAllById(accounts.stream().map(UserAccount::getEmployeeId).toList())
        .forEach(e -> codes.put(e.getId(), e.getCode()));
    Map<String, String> result = new HashMap<>();
    accounts.forEach(
        u -> {
          String code = codes.get(u.getEmployeeId());
          if (code != null) {
            result.put(u.getUsername(), code);
          }
        });
    return result;
  }

  @Transactional(readOnly = true)
  public List<UserAccount> all(AccessScope scope) {
    Organization.requireAdmin(scope);
    return users.findAllByOrderByUsername();
  }

  @Transactional(readOnly = true)
  public UserAccount get(AccessScope scope, long id) {
    Organization.requireAdmin(scope);
    return users.findById(id).orElseThrow(() -> new NotFound("user " + id));
  }

  public UserAccount create(AccessScope scope, AccountForm form, String password) {
    Organization.requireAdmin(scope);
    passwords.check("password", password);
    return create(form, encoder.encode(password), scope.username());
  }

  /**
   * Accounts that share one password, hashed once: a password hash is deliberately slow (about 0.1
   * s warm, far more while the JVM is starting), and the demo group's logins share theirs.
   */
  List<UserAccount> createSharingPassword(
      AccessScope scope, List<AccountForm> forms, String password) {
    Organization.requireAdmin(scope);
    passwords.check("password", password);
    String hash = encoder.encode(password);
    return forms.stream().map(form -> create(form, hash, scope.username())).toList();
  }

  private UserAccount create(AccountForm form, String passwordHash, String actor) {
    if (form.username() == null || !form.username().matches("[A-Za-z0-9._-]{3,64}")) {
      throw new BadInput("username", "account.username.invalid");
    }
    if (users.existsByUsername(form.username())) {
      throw new Conflict("user " + form.username() + " exists");
    }
    Links links = links(form);
    UserAccount u =
        users.save(
            new UserAccount(
                form.username(), passwordHash, form.role(), links.storeId, links.employeeId));
    changes.created(Kind.USER, u.getUsername(), snapshot(u), actor);
    return u;
  }

  public UserAccount update(AccessScope scope, long id, AccountForm form) {
    UserAccount u = get(scope, id);
    Map<String, Object> before = snapshot(u);
    Links links = links(form);
    u.changeRole(form.role(), links.storeId, links.employeeId, form.enabled());
    changes.updated(Kind.USER, u.getUsername(), before, snapshot(u), scope.username());
    return u;
  }

  public void resetPassword(AccessScope scope, long id, String newPassword) {
    setPassword(scope, get(scope, id), "password", newPassword, "reset");
  }

  public void changeOwnPassword(AccessScope scope, String current, String next) {
    UserAccount u = users.findByUsername(scope.username()).orElseThrow(() -> new NotFound("user"));
    if (current == null || !encoder.matches(current, u.getPasswordHash())) {
      throw new BadInput("currentPassword", "account.password.wrong");
    }
    setPassword(scope, u, "newPassword", next, "changed");
  }

  /**
   * Gives {@code u} the password typed in {@code field} once the rules accept it, lifts a lock from
   * failed logins, and audits {@code how} it was set, never the password itself.
   */
  private void setPassword(
      AccessScope scope, UserAccount u, String field, String password, String how) {
    passwords.check(field, password);
    u.changePassword(encoder.encode(password));
    users.unlock(u.getId());
    changes.updated(
        Kind.USER,
        u.getUsername(),
        Map.of("password", "***"),
        Map.of("password", how),
        scope.username());
  }

  /** Creates the built-in administrator unless it exists; returns whether it did. */
  boolean ensureAdmin(String password) {
    if (users.existsByUsername("admin")) {
      return false;
    }
    users.save(new UserAccount("admin", encoder.encode(password), Role.ADMIN, null, null));
    changes.created(
        Kind.USER,
        "admin",
        Map.of("username", "admin", "role", Role.ADMIN.name()),
        RecordChanges.SYSTEM);
    return true;
  }

  static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private record Links(Long storeId, Long employeeId) {}

  private Links links(AccountForm form) {
    if (form.role() == null) {
      throw new BadInput("role", "account.role.required");
    }
    Long storeId = null;
    Long employeeId = null;
    if (form.employeeCode() != null && !form.employeeCode().isBlank()) {
      Employee e =
          employees
              .findByCode(form.employeeCode().trim())
              .orElseThrow(() -> new BadInput("employeeCode", "account.employee.unknown"));
      employeeId = e.getId();
      storeId = e.postOn(organization.today()).map(a -> a.getStore().getId()).orElse(null);
    }
    if (form.storeCode() != null && !form.storeCode().isBlank()) {
      storeId =
          stores
              .findByCode(form.storeCode().trim())
              .orElseThrow(() -> new BadInput("storeCode", "account.store.unknown"))
              .getId();
    }
    if (form.role().storeScoped() && storeId == null) {
      throw new BadInput("storeCode", "account.store.required");
    }
    if (form.role() == Role.STAFF && employeeId == null) {
      throw new BadInput("employeeCode", "account.employee.required");
    }
    return new Links(form.role().allStores() ? null : storeId, employeeId);
  }

  private static Map<String, Object> snapshot(UserAccount u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", u.getUsername());
    m.put("role", u.getRole().name());
    m.put("storeId", u.getStoreId());
    m.put("employeeId", u.getEmployeeId());
    m.put("enabled", u.isEnabled());
    return m;
  }
}
