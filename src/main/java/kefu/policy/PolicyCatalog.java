package kefu.policy;

import java.util.List;

/**
 * The packs the group has adopted, as stored: every adoption with the exact pack version it
 * adopted. The incident ledger asks it which pack governs an incident; the month close asks it for
 * all adoptions at once.
 */
public interface PolicyCatalog {

  /** Every adoption of every pack version, for the engine. */
  List<Adoption> adoptions();

  default Adoptions inForce() {
    return new Adoptions(adoptions());
  }
}
