package kefu.registers.hazmat;

import kefu.registers.Approval;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.Post;

/** Who may draw hazardous materials (SPEC §7, §8.4), as pure checks. */
final class HazmatRules {

  private HazmatRules() {}

  /**
   * A draw: by a SUPERVISOR or above of the store (or a group post), approved by another lead or
   * above with their own login or on paper.
   */
  static void draw(Checks checks, String storeCode, Named draw) {
    if (draw.person().filter(p -> lead(p, storeCode)).isEmpty()) {
      checks.refuse("drawnByCode", "registers.hazmat.drawerBelowSupervisor");
    }
    if (draw.approverCode().equals(draw.personCode())) {
      checks.refuse("approverCode", "registers.hazmat.approverIsDrawer");
    } else if (draw.approver().filter(p -> lead(p, storeCode)).isEmpty()) {
      checks.refuse("approverCode", "registers.hazmat.approverBelowSupervisor");
    } else if (draw.approval().isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
  }

  /** A lead of this store, or a group post that stands above every store. */
  private static boolean lead(Post p, String storeCode) {
    return p.leadOrAbove() && (p.in(storeCode) || p.is("GROUP_CS") || p.is("EXECUTIVE"));
  }
}
