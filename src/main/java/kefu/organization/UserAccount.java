package kefu.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A login. Store-scoped roles carry their store; staff carry their employee record. Repeated failed
 * logins lock the account for a while (see {@link LoginThrottle}).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  private Role role;

  private Long employeeId;
  private Long storeId;
  private boolean enabled = true;

  // written only by the atomic statements in UserAccountRepository, never by a stale entity
  @Column(updatable = false)
  private int failedLogins;

  @Column(updatable = false)
  private Instant lockedUntil;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username, String passwordHash, Role role, Long storeId, Long employeeId) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.storeId = storeId;
    this.employeeId = employeeId;
  }

  void changeRole(Role role, Long storeId, Long employeeId, boolean enabled) {
    this.role = role;
    this.storeId = storeId;
    this.employeeId = employeeId;
    this.enabled = enabled;
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public AccessScope scope() {
    return new AccessScope(username, role, storeId, employeeId);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public Long getStoreId() {
    return storeId;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
