package kefu.registers.uniforms;

import java.time.LocalDate;
import java.util.Comparator;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPack;
import org.springframework.stereotype.Component;

/**
 * The uniform figures in force for a store on a day: those of the latest adopted pack with a {@code
 * uniforms} section in force there, else those of the built-in {@value #BUILT_IN} pack (doc 004).
 */
@Component
class UniformPack {

  static final String BUILT_IN = "cs-uniforms";

  /** The figures and the pack version they come from, for a line to cite. */
  record InForce(UniformTerms terms, String packId, int packVersion) {}

  private final PolicyCatalog catalog;
  private final InForce builtIn;

  UniformPack(PolicyCatalog catalog) {
    this.catalog = catalog;
    PolicyPack pack = BuiltInPacks.byId(BUILT_IN).orElseThrow();
    this.builtIn = of(pack);
  }

  InForce on(String storeCode, LocalDate day) {
    return catalog.adoptions().stream()
        .filter(a -> a.pack().section(UniformTerms.class).isPresent())
        .filter(
            a -> storeCode == null ? !a.effectiveFrom().isAfter(day) : a.inForce(storeCode, day))
        .max(Comparator.comparing(Adoption::effectiveFrom))
        .map(a -> of(a.pack()))
        .orElse(builtIn);
  }

  private static InForce of(PolicyPack pack) {
    return new InForce(pack.section(UniformTerms.class).orElseThrow(), pack.id(), pack.version());
  }
}
