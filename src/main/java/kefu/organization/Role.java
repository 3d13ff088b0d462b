package kefu.organization;

/** What a user account may do; store-scoped roles see only their own store. */
public enum Role {
  ADMIN(true, true),
  GROUP_CS(true, true),
  EXECUTIVE(true, false),
  STORE_MANAGER(false, true),
  CS_MANAGER(false, true),
  STAFF(false, false);

  private final boolean allStores;
  private final boolean writes;

  Role(boolean allStores, boolean writes) {
    this.allStores = allStores;
    this.writes = writes;
  }

  public boolean allStores() {
    return allStores;
  }

  public boolean writes() {
    return writes;
  }

  public boolean storeScoped() {
    return this == STORE_MANAGER || this == CS_MANAGER;
  }
}
