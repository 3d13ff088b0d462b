package kefu.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.BuiltInPacks;
import kefu.policy.PackInForce;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPacks;
import org.springframework.stereotype.Component;

/**
 * Which pack's assessment sections apply at a store on a day: those of a pack in force there (the
 * first by pack id that has the section), else the built-in pack's, so a card or an evaluation can
 * be entered before any adoption, as the complaint SLA can.
 */
@Component
record AssessmentPacks(PolicyPacks packs) {

  static final String SCORECARD_PACK = "callcenter-100";
  static final String APPRAISAL_PACK = "cs-appraisal-uniform";
  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);

  private static final Map<Class<?>, Source<?>> BUILT_IN = new ConcurrentHashMap<>();

  /** A section with the pack, version and clause it cites. */
  record Source<T>(String packId, int packVersion, String clause, T rules) {}

  /** The section of a pack in force at the store on the day, if one has it. */
  <T> Optional<Source<T>> inForce(Class<T> type, String storeCode, LocalDate day) {
    for (PackInForce p : packs.inForce(SYSTEM, storeCode, day)) {
      Optional<T> section = p.pack().section(type);
      if (section.isPresent()) {
        return Optional.of(source(p.pack(), section.get()));
      }
    }
    return Optional.empty();
  }

  /** The section in force at the store on the day, else the built-in pack's. */
  <T> Source<T> at(Class<T> type, String storeCode, LocalDate day) {
    return inForce(type, storeCode, day).orElseGet(() -> builtIn(type));
  }

  /** The section of a stored pack version, as it was when a record cited it. */
  <T> T of(Class<T> type, String packId, int version) {
    return packs.pack(packs.version(packId, version)).section(type).orElseThrow();
  }

  /** The built-in pack's section, parsed once: built-in packs never change while Kefu runs. */
  @SuppressWarnings("unchecked")
  <T> Source<T> builtIn(Class<T> type) {
    return (Source<T>)
        BUILT_IN.computeIfAbsent(
            type,
            t -> {
              String id = t == ScorecardRules.class ? SCORECARD_PACK : APPRAISAL_PACK;
              PolicyPack pack = BuiltInPacks.byId(id).orElseThrow();
              return source(pack, pack.section(t).orElseThrow());
            });
  }

  private static <T> Source<T> source(PolicyPack pack, T section) {
    return new Source<>(pack.id(), pack.version(), ((Cited) section).clause(), section);
  }

  /** The assessment sections each cite one clause of their pack. */
  interface Cited {
    String clause();
  }
}
