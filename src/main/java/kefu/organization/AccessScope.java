package kefu.organization;

import java.util.Optional;
import kefu.platform.Forbidden;
import kefu.platform.ImportEndpoints;

/**
 * What the current user may see and change. Every query of store-owned data goes through {@link
 * #admitsStore(long)} or the SQL fragment a repository builds from it, so a store's users never
 * receive another store's records, whatever page or endpoint they use.
 */
public record AccessScope(String username, Role role, Long storeId, Long employeeId)
    implements ImportEndpoints.Uploader {

  public boolean allStores() {
    return role.allStores();
  }

  public boolean canWrite() {
    return role.writes();
  }

  /** This scope, for a change: a read-only user is refused (403). */
  public AccessScope requireWriter() {
    if (!canWrite()) {
      throw new Forbidden("read-only");
    }
    return this;
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean admitsStore(long id) {
    return allStores() || (storeId != null && storeId == id);
  }

  public boolean canWriteStore(long id) {
    return canWrite() && admitsStore(id);
  }

  /** The one store a store-scoped user is confined to, if any. */
  public Optional<Long> confinedToStore() {
    return allStores() ? Optional.empty() : Optional.ofNullable(storeId);
  }

  /** Staff see only their own employee record. */
  public Optional<Long> confinedToEmployee() {
    return role == Role.STAFF ? Optional.ofNullable(employeeId) : Optional.empty();
  }
}
