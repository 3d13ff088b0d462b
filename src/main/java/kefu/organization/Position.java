package kefu.organization;

import java.util.EnumSet;
import java.util.Set;

/** The built-in posts an employee can hold in a store (SPEC §1). */
public enum Position {
  CS_AGENT,
  CS_MANAGER,
  FRONT_DESK,
  STORE_MANAGER,
  SUPERVISOR,
  GROUP_CS,
  EXECUTIVE;

  /** Posts that belong to the customer-service department; front desk belongs to it too. */
  public static final Set<Position> CS_DEPARTMENT =
      EnumSet.of(CS_AGENT, CS_MANAGER, FRONT_DESK, SUPERVISOR);

  public boolean inCsDepartment() {
    return CS_DEPARTMENT.contains(this);
  }
}
