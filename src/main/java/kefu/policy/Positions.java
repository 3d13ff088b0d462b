package kefu.policy;

import java.util.Set;

/** Position codes known out of the box (SPEC §1) and the role a rule uses for "the person". */
public final class Positions {
  /** The incident's own employee, as opposed to a post resolved at the store. */
  public static final String RESPONSIBLE = "RESPONSIBLE";

  public static final Set<String> BUILT_IN =
      Set.of(
          "CS_AGENT",
          "CS_MANAGER",
          "FRONT_DESK",
          "STORE_MANAGER",
          "SUPERVISOR",
          "GROUP_CS",
          "EXECUTIVE");

  private Positions() {}
}
