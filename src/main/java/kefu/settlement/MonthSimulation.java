package kefu.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPacks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What-if (试算): settles a month as adopted and with a saved version or an unsaved draft of a pack
 * in place of the version in force, through the month close's own reading and calculation, and
 * compares the two. Nothing is stored, adopted, locked or changed, for draft and published months
 * alike; the run itself is written to the audit log as a read.
 */
@Service
public class MonthSimulation {

  private final MonthClose close;
  private final PolicyPacks packs;
  private final Organization organization;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MonthSimulation(
      MonthClose close,
      PolicyPacks packs,
      Organization organization,
      ApplicationEventPublisher events,
      Clock clock) {
    this.close = close;
    this.packs = packs;
    this.organization = organization;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What to simulate: the pack, either a saved {@code version} or a draft's {@code yaml} (exactly
   * one), the month, and the stores (null or empty: every store the user sees).
   */
  public record Order(
      String packId, Integer version, String yaml, YearMonth month, List<String> storeCodes) {}

  /** Read-write only for the audit entry; everything else is read. */
  @Transactional
  public Simulation simulate(AccessScope scope, Order order) {
    requireSimulator(scope);
    if (order.month() == null) {
      throw new BadInput("month", "validation.required");
    }
    PolicyPack pack = pack(order);
    Set<String> stores = stores(scope, order.storeCodes());
    MonthClose.SettledTwice settled =
        close.settleTwice(order.month(), adopted -> Simulation.withDraft(adopted, pack));
    Simulation result =
        Simulation.compare(
            order.month(), pack, settled, code -> stores == null || stores.contains(code));
    events.publishEvent(
        new MonthSimulated(
            order.month(),
            order.packId(),
            order.version(),
            stores,
            result.changes().size(),
            scope.username(),
            Instant.now(clock)));
    return result;
  }

  /** A what-if shows everyone's figures in its stores: not for a staff login. */
  public static void requireSimulator(AccessScope scope) {
    if (scope.confinedToEmployee().isPresent()) {
      throw new Forbidden("what-if runs show everyone's figures: not for a staff login");
    }
  }

  private PolicyPack pack(Order order) {
    boolean saved = order.version() != null;
    boolean draft = order.yaml() != null && !order.yaml().isBlank();
    if (saved == draft) {
      throw new BadInput("version", "simulation.error.source");
    }
    if (draft) {
      return packs.draft(order.packId(), order.yaml());
    }
    packs.history(order.packId());
    try {
      return packs.pack(packs.version(order.packId(), order.version()));
    } catch (NotFound unknown) {
      throw new BadInput("version", "simulation.error.version");
    }
  }

  /** The selected store codes; null for every store of a user who sees all of them. */
  private Set<String> stores(AccessScope scope, List<String> requested) {
    String own = organization.codes(scope).storeCode();
    if (requested == null || requested.isEmpty()) {
      return own == null ? null : Set.of(own);
    }
    Set<String> stores = new TreeSet<>();
    for (String code : requested) {
      if (code == null || organization.storeId(code).isEmpty()) {
        throw new BadInput("storeCodes", "simulation.error.store");
      }
      if (own != null && !own.equals(code)) {
        throw new Forbidden("store " + code + " is not yours");
      }
      stores.add(code);
    }
    return stores;
  }

  static Map<String, Object> snapshot(
      YearMonth month, String packId, Integer version, Set<String> stores, int changed) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", month.toString());
    m.put("packId", packId);
    m.put("version", version == null ? "draft" : version);
    m.put("stores", stores == null ? "all" : List.copyOf(stores));
    m.put("employeesChanged", changed);
    return m;
  }
}
