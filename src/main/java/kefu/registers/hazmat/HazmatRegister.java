package kefu.registers.hazmat;

import static kefu.registers.Registers.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.Approval;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.Registers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hazardous-materials register (rat poison, DDVP, cockroach killer, alcohol, thinner): stock
 * received into a store's locked storage, draws by a SUPERVISOR or above with an approver, and
 * returns of what a draw left unused. The balance never goes below zero, however many draw at once:
 * a draw takes from it only if there is enough at the moment it holds the row.
 */
@Service
@Transactional
public class HazmatRegister {

  /** Quantities are counted to the millilitre or gram of a litre or kilogram. */
  private static final int DECIMALS = 3;

  private final HazmatStore store;
  private final Registers registers;

  HazmatRegister(HazmatStore store, Registers registers) {
    this.store = store;
    this.registers = registers;
  }

  public record NewReceipt(
      String storeCode, String item, BigDecimal quantity, OffsetDateTime receivedAt) {}

  public record NewDraw(
      String storeCode,
      String item,
      BigDecimal quantity,
      String drawnByCode,
      String approverCode,
      OffsetDateTime drawnAt) {}

  public record NewReturn(BigDecimal quantity, String returnedByCode, OffsetDateTime returnedAt) {}

  /** A movement with the store's balance of the item after it. */
  public record Moved(HazmatMovement movement, BigDecimal balance) {}

  public Moved receive(AccessScope scope, NewReceipt p) {
    Checks checks = new Checks();
    String storeCode = checks.code("storeCode", p.storeCode());
    String item = checks.line("item", p.item(), 32, true);
    BigDecimal quantity = checks.quantity("quantity", p.quantity(), DECIMALS);
    checks.requireWellFormed();
    registers.requireWriter(scope, storeCode, null);
    Instant at = registers.at(p.receivedAt());
    store.add(storeCode, item, quantity);
    return recorded(
        scope,
        "hazmat-receipt",
        store.insert(
            HazmatMovement.Kind.RECEIPT,
            storeCode,
            item,
            quantity,
            at,
            null,
            null,
            null,
            scope.username(),
            registers.now()));
  }

  public Moved draw(AccessScope scope, NewDraw p) {
    Checks checks = new Checks();
    String storeCode = checks.code("storeCode", p.storeCode());
    String item = checks.line("item", p.item(), 32, true);
    BigDecimal quantity = checks.quantity("quantity", p.quantity(), DECIMALS);
    String drawer = checks.code("drawnByCode", p.drawnByCode());
    String approver = checks.code("approverCode", p.approverCode());
    checks.requireWellFormed();
    registers.requireWriter(scope, storeCode, approver);
    Instant at = registers.at(p.drawnAt());
    Named named = registers.named(scope, drawer, approver, registers.day(at));
    HazmatRules.draw(checks, storeCode, named);
    checks.requireAllowed();
    Optional<Approval> approval = named.approval();
    if (!store.take(storeCode, item, quantity)) {
      throw new RuleRefused("quantity", "registers.hazmat.beyondStock");
    }
    return recorded(
        scope,
        "hazmat-draw",
        store.insert(
            HazmatMovement.Kind.DRAW,
            storeCode,
            item,
            quantity,
            at,
            drawer,
            approval.orElseThrow(),
            null,
            scope.username(),
            registers.now()));
  }

  /** Unused quantity of a draw put back; never more than the draw took less what came back. */
  public Moved giveBack(AccessScope scope, long drawId, NewReturn p) {
    HazmatMovement draw =
        store
            .movement(drawId)
            .filter(m -> m.kind() == HazmatMovement.Kind.DRAW)
            .orElseThrow(() -> new NotFound("draw " + drawId));
    registers.visibleStore(scope, draw.storeCode());
    Checks checks = new Checks();
    BigDecimal quantity = checks.quantity("quantity", p.quantity(), DECIMALS);
    String by =
        p.returnedByCode() == null
            ? draw.personCode()
            : checks.code("returnedByCode", p.returnedByCode());
    checks.requireWellFormed();
    registers.requireWriter(scope, draw.storeCode(), null);
    store.hold(draw.storeCode(), draw.item());
    Instant at = registers.at(p.returnedAt());
    if (quantity.compareTo(draw.quantity().subtract(store.returned(drawId))) > 0) {
      checks.refuse("quantity", "registers.hazmat.returnBeyondDraw");
    }
    if (at.isBefore(draw.at())) {
      checks.refuse("returnedAt", "registers.hazmat.returnedBeforeDrawn");
    }
    checks.requireAllowed();
    store.add(draw.storeCode(), draw.item(), quantity);
    return recorded(
        scope,
        "hazmat-return",
        store.insert(
            HazmatMovement.Kind.RETURN,
            draw.storeCode(),
            draw.item(),
            quantity,
            at,
            by,
            null,
            drawId,
            scope.username(),
            registers.now()));
  }

  @Transactional(readOnly = true)
  public List<HazmatStock> stock(AccessScope scope, String storeCode) {
    return store.stock(visible(scope, storeCode));
  }

  @Transactional(readOnly = true)
  public List<HazmatMovement> movements(AccessScope scope, String storeCode) {
    return store.movements(visible(scope, storeCode));
  }

  private String visible(AccessScope scope, String storeCode) {
    registers.requireReader(scope);
    String own = storeCode != null ? storeCode : registers.ownStoreCode(scope);
    if (own != null) {
      registers.visibleStore(scope, own);
    }
    return own;
  }

  private Moved recorded(AccessScope scope, String entry, long id) {
    HazmatMovement m = store.movement(id).orElseThrow();
    BigDecimal balance = store.balance(m.storeCode(), m.item());
    registers.recorded(
        entry,
        id,
        values(
            "storeCode", m.storeCode(),
            "item", m.item(),
            "quantity", m.quantity().toPlainString(),
            "at", m.at(),
            "personCode", m.personCode(),
            "approverCode", m.approverCode(),
            "approval", m.approval(),
            "drawId", m.drawId(),
            "balance", balance.toPlainString()),
        scope.username(),
        registers.now());
    return new Moved(m, balance);
  }
}
