package kefu.registers.lostfound;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import kefu.shared.IdentityMasks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lost and found at the front desk: register, announce, claim (claimant and ID number, which only
 * group administrators see whole) or hand to the manager at the end of the day; the unclaimed list.
 */
@Service
@Transactional
public class LostAndFound {

  private final LostItemRepository items;
  private final FrontDesk desk;
  private final Organization organization;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  LostAndFound(
      LostItemRepository items,
      FrontDesk desk,
      Organization organization,
      Clock clock,
      ApplicationEventPublisher events) {
    this.items = items;
    this.desk = desk;
    this.organization = organization;
    this.clock = clock;
    this.events = events;
  }

  public record Params(
      String storeCode,
      String description,
      String foundWhere,
      String foundBy,
      OffsetDateTime foundAt) {}

  public record Claim(String claimantName, String claimantIdNumber) {}

  /** An item as the caller may see it: the claimant whole only for ADMIN and GROUP_CS. */
  public record Seen(LostItem item, String claimantName, String claimantIdNumber) {}

  public LostItem register(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    FrontDesk.required(shape, "description", p.description());
    if (p.foundAt() == null) {
      shape.add(new FieldProblem("foundAt", "validation.required"));
    }
    InputRules.checkText(shape, "description", p.description(), 500, true);
    InputRules.checkText(shape, "foundWhere", p.foundWhere(), 200, false);
    InputRules.checkText(shape, "foundBy", p.foundBy(), 100, false);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String store = desk.recordingStore(scope, p.storeCode(), null, "lostfound.notYourStore");
    Instant at = p.foundAt().toInstant();
    if (at.isAfter(clock.instant())) {
      throw new RuleRefused("foundAt", "lostfound.inTheFuture");
    }
    return items.save(
        new LostItem(
            store,
            p.description().strip(),
            FrontDesk.text(p.foundWhere()),
            FrontDesk.text(p.foundBy()),
            at,
            p.foundAt().atZoneSameInstant(organization.zone()).toLocalDate(),
            scope.username(),
            clock.instant()));
  }

  public LostItem announce(AccessScope scope, long id) {
    LostItem item = writable(scope, id);
    item.announce(scope.username(), clock.instant());
    return items.save(item);
  }

  public LostItem claim(AccessScope scope, long id, Claim claim) {
    Claim c = claim == null ? new Claim(null, null) : claim;
    List<FieldProblem> shape = new ArrayList<>();
    InputRules.checkText(shape, "claimantName", c.claimantName(), 100, false);
    InputRules.checkText(shape, "claimantIdNumber", c.claimantIdNumber(), 32, false);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    LostItem item = writable(scope, id);
    item.claim(c.claimantName(), c.claimantIdNumber(), scope.username(), clock.instant());
    return items.save(item);
  }

  /** Handed to the store's manager, an employee holding a post there today. */
  public LostItem handToManager(AccessScope scope, long id, String managerCode) {
    LostItem item = writable(scope, id);
    if (managerCode == null || managerCode.isBlank()) {
      throw new BadInput("managerCode", "validation.required");
    }
    String code = managerCode.strip();
    if (desk.postOn(code, item.getStoreCode(), organization.today()).isEmpty()) {
      throw new RuleRefused("managerCode", "lostfound.managerNotInStore");
    }
    item.handToManager(code, scope.username(), clock.instant());
    return items.save(item);
  }

  @Transactional(readOnly = true)
  public LostItem get(AccessScope scope, long id) {
    LostItem item = items.findById(id).orElseThrow(() -> new NotFound("lost item " + id));
    desk.requireVisible(scope, item.getStoreCode(), "lost item " + id);
    return item;
  }

  /** Items not yet with their owner, oldest first. */
  @Transactional(readOnly = true)
  public List<LostItem> unclaimed(AccessScope scope, String storeCode) {
    return items.unclaimed(desk.listStore(scope, storeCode));
  }

  /**
   * The item with its claimant as this caller may see them; a claimant shown whole is a view the
   * audit log records (who looked, when, at which item).
   */
  public Seen seen(AccessScope scope, LostItem item) {
    Seen seen = seenBy(scope, item);
    boolean claimed = item.getClaimantName() != null || item.getClaimantIdNumber() != null;
    if (claimed && seesWhole(scope)) {
      events.publishEvent(
          new ClaimantUnmasked(
              item.getId(), item.getStoreCode(), scope.username(), clock.instant()));
    }
    return seen;
  }

  /** The item with its claimant as this caller may see them. */
  static Seen seenBy(AccessScope scope, LostItem item) {
    boolean whole = seesWhole(scope);
    return new Seen(
        item,
        whole ? item.getClaimantName() : IdentityMasks.name(item.getClaimantName()),
        whole ? item.getClaimantIdNumber() : IdentityMasks.idNumber(item.getClaimantIdNumber()));
  }

  private static boolean seesWhole(AccessScope scope) {
    return scope.role() == Role.ADMIN || scope.role() == Role.GROUP_CS;
  }

  private LostItem writable(AccessScope scope, long id) {
    LostItem item = get(scope, id);
    desk.recordingStore(scope, item.getStoreCode(), null, "lostfound.notYourStore");
    return item;
  }
}
