package kefu.policy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The label of every incident type the adopted packs define, for lists that show codes; where
   * several packs define a type, the latest adoption's label wins.
   */
  default Map<String, LocalizedText> typeLabels() {
    Map<String, LocalizedText> labels = new HashMap<>();
    adoptions().stream()
        .sorted(Comparator.comparing(Adoption::effectiveFrom))
        .forEach(a -> a.pack().types().forEach(t -> labels.put(t.code(), t.label())));
    return labels;
  }
}
