package kefu.policy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.BadInput;
import kefu.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adopts one exact version of a pack from a date, for every store or for some. Earlier dates keep
 * whatever was in force before: the engine lets the adoption with the latest date govern.
 */
@Component
record AdoptPack(
    PackStore store, Organization organization, ApplicationEventPublisher events, Clock clock) {

  PackAdoption run(AccessScope scope, NewAdoption order) {
    PackChecks.requireGroupWriter(scope);
    int latest =
        store
            .latestVersion(order.packId())
            .orElseThrow(() -> new NotFound("pack " + order.packId()));
    if (order.effectiveFrom() == null) {
      throw new BadInput("effectiveFrom", "validation.required");
    }
    int version = order.version() == null ? latest : order.version();
    if (version < 1 || version > latest) {
      throw new BadInput("version", "policy.error.noSuchVersion");
    }
    PackRef ref = new PackRef(order.packId(), version);
    SortedSet<String> stores = stores(scope, order.storeCodes());
    var at = now();
    long id = store.insert(ref, order.effectiveFrom(), stores, at, scope.username());
    PackAdoption adoption =
        new PackAdoption(id, ref, order.effectiveFrom(), stores, at, scope.username());
    events.publishEvent(new PackAdopted(id, snapshot(adoption), scope.username(), at));
    return adoption;
  }

  /** Null stays null (every store); otherwise each code must name a store. */
  private SortedSet<String> stores(AccessScope scope, Set<String> codes) {
    if (codes == null) {
      return null;
    }
    if (codes.isEmpty()) {
      throw new BadInput("storeCodes", "policy.error.noStores");
    }
    Set<String> known =
        organization.visibleStores(scope).stream().map(Store::getCode).collect(Collectors.toSet());
    SortedSet<String> result = new TreeSet<>();
    for (String code : codes) {
      String trimmed = code == null ? "" : code.trim();
      if (!known.contains(trimmed)) {
        throw new BadInput("storeCodes", "unknown store " + trimmed);
      }
      result.add(trimmed);
    }
    return result;
  }

  private static Map<String, Object> snapshot(PackAdoption a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pack", a.pack().toString());
    m.put("effectiveFrom", a.effectiveFrom().toString());
    m.put("storeCodes", a.storeCodes());
    return m;
  }

  // millisecond precision, as both databases store it, so what we answer is what we read back
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
