package kefu.registers;

import java.util.Set;

/** The post an employee holds on a day: the store (or head office) and the position code. */
public record Post(String storeCode, String position) {

  /** The CS department's posts (SPEC §1). */
  public static final Set<String> CS_DEPARTMENT =
      Set.of("CS_AGENT", "CS_MANAGER", "FRONT_DESK", "SUPERVISOR");

  /**
   * Lead level or above (SPEC §8.4: hazardous materials are drawn only by a SUPERVISOR or above):
   * the supervisor, the managers above them and the group's posts.
   */
  public static final Set<String> LEAD_OR_ABOVE =
      Set.of("SUPERVISOR", "CS_MANAGER", "STORE_MANAGER", "GROUP_CS", "EXECUTIVE");

  public boolean inCsDepartment() {
    return CS_DEPARTMENT.contains(position);
  }

  public boolean leadOrAbove() {
    return LEAD_OR_ABOVE.contains(position);
  }

  public boolean is(String position) {
    return this.position.equals(position);
  }

  public boolean in(String storeCode) {
    return this.storeCode.equals(storeCode);
  }
}
