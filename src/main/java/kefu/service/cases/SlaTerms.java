package kefu.service.cases;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.BuiltInPacks;
import kefu.policy.PackInForce;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPacks;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Which complaint SLA applies: that of a pack in force at the store on the day of receipt, or,
 * where none carries one, the built-in {@code cs-appraisal-uniform} pack's (the regulation's
 * default). A complaint keeps the pack and version it was received under.
 */
@Component
record SlaTerms(PolicyPacks packs) {

  static final String DEFAULT_PACK = "cs-appraisal-uniform";
  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);

  /** The built-in pack's SLA, parsed once: built-in packs never change while Kefu runs. */
  private static final Supplier<Complaint.SlaSource> BUILT_IN =
      SingletonSupplier.of(
          () -> {
            PolicyPack builtIn = BuiltInPacks.byId(DEFAULT_PACK).orElseThrow();
            return new Complaint.SlaSource(
                builtIn.id(), builtIn.version(), builtIn.section(ComplaintSla.class).orElseThrow());
          });

  Complaint.SlaSource at(String storeCode, LocalDate day) {
    for (PackInForce p : packs.inForce(SYSTEM, storeCode, day)) {
      Optional<ComplaintSla> sla = p.pack().section(ComplaintSla.class);
      if (sla.isPresent()) {
        return new Complaint.SlaSource(p.pack().id(), p.pack().version(), sla.get());
      }
    }
    return BUILT_IN.get();
  }

  /** The SLA of the pack version a complaint was received under. */
  ComplaintSla of(Complaint c) {
    PolicyPack pack = packs.pack(packs.version(c.getPackId(), c.getPackVersion()));
    return pack.section(ComplaintSla.class).orElseThrow();
  }
}
