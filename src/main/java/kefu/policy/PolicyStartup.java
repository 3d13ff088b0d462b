package kefu.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every start: stores each built-in pack version that is not stored yet (a release may ship new
 * ones). The first time this happens on a demo database without adoptions, it also adopts the two
 * demo packs for every store, the pay pack for some, and the promotion ladder from the current
 * month, so the demo has rules to apply. Runs after the organization's start-up data, whose demo
 * stores it relies on.
 */
@Component
@Order(20)
class PolicyStartup implements ApplicationRunner {

  static final LocalDate DEMO_FROM = LocalDate.of(2026, 1, 1);
  private static final String[] DEMO_PACKS = {"group-cs-2010", "ecommerce-cs-10pt"};

  /**
   * Adopted for the demo stores from the current month on, so the demo month before it keeps the
   * pay, and so the collective fines, it was computed with.
   */
  private static final String DEMO_LADDER = "cs-promotion-ladder";

  /**
   * The pay pack for the demo stores whose demo month has no collective fine, so the allowance it
   * adds to the pay leaves the demo's fines as they were.
   */
  private static final NewAdoption DEMO_PAY =
      new NewAdoption("ecommerce-pay", null, DEMO_FROM, Set.of("S01", "S03"));

  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);
  private static final Logger log = LoggerFactory.getLogger(PolicyStartup.class);

  private final PackStore store;
  private final ParsedPacks parsed;
  private final AdoptPack adoptPack;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final boolean demo;
  private final TransactionTemplate transactions;

  PolicyStartup(
      PackStore store,
      ParsedPacks parsed,
      AdoptPack adoptPack,
      ApplicationEventPublisher events,
      Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${kefu.demo:true}") boolean demo) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.store = store;
    this.parsed = parsed;
    this.adoptPack = adoptPack;
    this.events = events;
    this.clock = clock;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      transactions.executeWithoutResult(status -> storeBuiltIns());
    } catch (DataIntegrityViolationException e) {
      // Another node starting at the same moment stored them first; its transaction did the work.
      log.info("Built-in policy packs were stored concurrently by another node");
    }
  }

  private void storeBuiltIns() {
    boolean storedAny = false;
    for (String resource : BuiltInPacks.RESOURCES) {
      String yaml = BuiltInPacks.yaml(resource);
      PolicyPack pack = parsed.parser().parse(yaml, resource);
      PackRef ref = new PackRef(pack.id(), pack.version());
      if (!store.exists(ref)) {
        PackVersion v =
            new PackVersion(
                ref,
                pack.title(),
                true,
                yaml,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                SYSTEM.username());
        store.insert(v);
        events.publishEvent(
            new PackVersionStored(
                ref.toString(), PackChecks.snapshot(v, null), v.createdBy(), v.createdAt()));
        storedAny = true;
        log.info("Stored built-in policy pack {}", ref);
      }
    }
    if (demo && storedAny && store.countAdoptions() == 0) {
      for (String packId : DEMO_PACKS) {
        adoptPack.run(SYSTEM, new NewAdoption(packId, null, DEMO_FROM, null));
      }
      LocalDate ladderFrom = YearMonth.now(clock).atDay(1);
      adoptPack.run(SYSTEM, new NewAdoption(DEMO_LADDER, null, ladderFrom, null));
      adoptPack.run(SYSTEM, DEMO_PAY);
      log.info("Adopted the demo policy packs for every store from {}", DEMO_FROM);
    }
  }
}
