package kefu.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored side of policy packs: their versions, copies, edits and adoptions. Reading is open to
 * every signed-in user (a regulation is meant to be known by those it governs); changing is for
 * administrators and group CS. Every change is audited in its own transaction.
 */
@Service
@Transactional
public class PolicyPacks {

  private final PackStore store;
  private final ParsedPacks parsed;
  private final PackChecks checks;
  private final StoredPolicyCatalog catalog;
  private final CopyPack copyPack;
  private final SavePackVersion savePackVersion;
  private final AdoptPack adoptPack;
  private final Organization organization;

  PolicyPacks(
      PackStore store,
      ParsedPacks parsed,
      PackChecks checks,
      StoredPolicyCatalog catalog,
      CopyPack copyPack,
      SavePackVersion savePackVersion,
      AdoptPack adoptPack,
      Organization organization) {
    this.store = store;
    this.parsed = parsed;
    this.checks = checks;
    this.catalog = catalog;
    this.copyPack = copyPack;
    this.savePackVersion = savePackVersion;
    this.adoptPack = adoptPack;
    this.organization = organization;
  }

  // ---- reading -----------------------------------------------------------------------------

  /** Every pack with all its versions, built-in packs first, then by id. */
  @Transactional(readOnly = true)
  public List<PackHistory> packs() {
    Map<String, List<PackVersion>> byId = new LinkedHashMap<>();
    for (PackVersion v : store.versions()) {
      byId.computeIfAbsent(v.packId(), id -> new ArrayList<>()).add(v);
    }
    return byId.entrySet().stream()
        .map(e -> new PackHistory(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparing((PackHistory h) -> !h.versions().get(0).builtIn())
                .thenComparing(PackHistory::packId))
        .toList();
  }

  @Transactional(readOnly = true)
  public PackHistory history(String packId) {
    List<PackVersion> versions = store.versions(packId);
    if (versions.isEmpty()) {
      throw new NotFound("pack " + packId);
    }
    return new PackHistory(packId, versions);
  }

  @Transactional(readOnly = true)
  public PackVersion version(String packId, int version) {
    if (version < 1) {
      throw new NotFound("pack " + packId + " v" + version);
    }
    PackRef ref = new PackRef(packId, version);
    return store.version(ref).orElseThrow(() -> new NotFound("pack " + ref));
  }

  /** The pack a stored version's text describes. */
  public PolicyPack pack(PackVersion version) {
    return parsed.of(version);
  }

  /** Every problem of {@code yaml} as a version of {@code packId}; empty when it would save. */
  @Transactional(readOnly = true)
  public List<PackProblem> validate(String packId, String yaml) {
    PackChecks.requireYaml(yaml);
    return checks.problems(packId, yaml);
  }

  /**
   * The pack {@code yaml} describes as the next version of {@code packId}, parsed but not stored,
   * for a what-if run; refused with every problem by line exactly as saving it would be.
   */
  @Transactional(readOnly = true)
  public PolicyPack draft(String packId, String yaml) {
    history(packId);
    List<PackProblem> problems = validate(packId, yaml);
    if (!problems.isEmpty()) {
      throw new InvalidPack(problems);
    }
    return parsed.parser().parse(yaml, packId);
  }

  /** Every adoption, by effective date, oldest first. */
  @Transactional(readOnly = true)
  public List<PackAdoption> adoptions() {
    return store.adoptions();
  }

  /**
   * The packs in force at a store on a day: of each pack, the latest adoption there by that day,
   * with the incident types it decides (a later adoption of another pack may take some over).
   */
  @Transactional(readOnly = true)
  public List<PackInForce> inForce(AccessScope scope, String storeCode, LocalDate date) {
    if (storeCode == null || storeCode.isBlank()) {
      throw new BadInput("storeCode", "validation.required");
    }
    if (date == null) {
      throw new BadInput("date", "validation.required");
    }
    String code = organization.store(scope, storeCode.trim()).getCode();
    Map<PackAdoption, PolicyPack> all = catalog.withPacks(store.adoptions());
    Adoptions engine =
        new Adoptions(
            all.entrySet().stream().map(e -> e.getKey().toAdoption(e.getValue())).toList());
    Map<String, PackAdoption> latestOfEachPack = new LinkedHashMap<>();
    all.keySet().stream()
        .filter(a -> !a.effectiveFrom().isAfter(date))
        .filter(a -> a.allStores() || a.storeCodes().contains(code))
        .sorted(
            Comparator.comparing(PackAdoption::effectiveFrom)
                .thenComparingInt(a -> a.pack().version())
                .thenComparingLong(PackAdoption::id))
        .forEach(a -> latestOfEachPack.put(a.pack().packId(), a));
    List<PackInForce> result = new ArrayList<>();
    for (PackAdoption a : latestOfEachPack.values()) {
      PolicyPack pack = all.get(a);
      List<String> governed =
          pack.types().stream()
              .map(IncidentTypeDefinition::code)
              .filter(
                  type ->
                      engine.governing(type, code, date).map(g -> g.pack() == pack).orElse(false))
              .toList();
      result.add(new PackInForce(a, pack, governed));
    }
    result.sort(Comparator.comparing((PackInForce p) -> p.adoption().pack().packId()));
    return result;
  }

  // ---- changing ----------------------------------------------------------------------------

  /** A new pack, version 1, copied from another pack's version with a new id and title. */
  public PackVersion copy(AccessScope scope, NewCopy order) {
    return copyPack.run(scope, order);
  }

  /**
   * Stores an edited text as the pack's next version.
   *
   * @throws InvalidPack with every problem, when the text has any (nothing is stored)
   */
  public PackVersion saveNextVersion(AccessScope scope, String packId, String yaml) {
    return savePackVersion.run(scope, packId, yaml);
  }

  public PackAdoption adopt(AccessScope scope, NewAdoption order) {
    return adoptPack.run(scope, order);
  }
}
