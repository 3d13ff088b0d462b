package kefu.registers.uniforms;

import static kefu.registers.Registers.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.platform.Conflict;
import kefu.platform.NotFound;
import kefu.registers.Approval;
import kefu.registers.Checks;
import kefu.registers.Post;
import kefu.registers.Registers;
import kefu.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uniform register (doc 004, SPEC §8.4), kept for the whole group: procurement plans approved
 * by an executive, deliveries accepted into stock by item and size, issues on a requisition the
 * department head approved (409 when the stock is short, nothing written), damage and loss with the
 * compensation a personal fault costs, scraps on approval, the new-hire entitlement and the
 * renewals due from the pack in force.
 */
@Service
@Transactional
public class UniformRegister {

  /** Posts that sign a requisition or a scrap as department head, or stand above it. */
  private static final List<String> HEADS =
      List.of("CS_MANAGER", "STORE_MANAGER", "GROUP_CS", "EXECUTIVE");

  private final UniformStore store;
  private final UniformPack pack;
  private final Registers registers;

  UniformRegister(UniformStore store, UniformPack pack, Registers registers) {
    this.store = store;
    this.pack = pack;
    this.registers = registers;
  }

  public record NewReceipt(String item, String size, Integer quantity, LocalDate receivedOn) {}

  public record NewIssue(
      String employeeCode,
      String item,
      String size,
      Integer quantity,
      LocalDate issuedOn,
      String approverCode) {}

  public record NewScrap(
      String item,
      String size,
      Integer quantity,
      String approverCode,
      String reason,
      LocalDate scrappedOn) {}

  public record NewDamage(
      String employeeCode,
      String item,
      String size,
      UniformDamage.Kind kind,
      Boolean personalFault,
      java.math.BigDecimal compensation,
      LocalDate reportedOn,
      String note) {}

  public record NewPlan(
      String item,
      String size,
      String style,
      String colour,
      String material,
      Integer quantity,
      java.math.BigDecimal budget) {}

  public record NewDecision(
      String approverCode, Boolean approved, String reason, LocalDate decidedOn) {}

  public record NewAcceptance(Integer quantity, LocalDate acceptedOn, String note) {}

  /** A movement with the stock of its item and size after it. */
  public record Moved(UniformMovement movement, int balance) {}

  /** What an employee is entitled to as a new hire and what they have received. */
  public record Entitlement(String employeeCode, int newHireSets, int issued) {
    public int outstanding() {
      return Math.max(0, newHireSets - issued);
    }
  }

  /** An item an employee last received long enough ago to be renewed. */
  public record RenewalDue(
      String employeeCode, String item, String size, LocalDate lastIssuedOn, LocalDate dueOn) {}

  /** An accepted delivery (without a plan: as it arrived). */
  public Moved receive(AccessScope scope, NewReceipt p) {
    Checks checks = new Checks();
    String item = checks.line("item", p.item(), 32, true);
    String size = checks.line("size", p.size(), 16, true);
    Integer quantity = checks.pieces("quantity", p.quantity());
    checks.requireWellFormed();
    registers.requireGroupWriter(scope, null);
    return receipt(scope, item, size, quantity, day(p.receivedOn()), null, null);
  }

  private Moved receipt(
      AccessScope scope,
      String item,
      String size,
      int quantity,
      LocalDate on,
      String note,
      Long planId) {
    store.add(item, size, quantity);
    long id =
        store.insertMovement(
            UniformMovement.Kind.RECEIPT,
            item,
            size,
            quantity,
            on,
            null,
            null,
            note,
            planId,
            scope.username(),
            registers.now());
    return recorded(scope, "uniform-receipt", id);
  }

  public Moved issue(AccessScope scope, NewIssue p) {
    Checks checks = new Checks();
    String employee = checks.code("employeeCode", p.employeeCode());
    String item = checks.line("item", p.item(), 32, true);
    String size = checks.line("size", p.size(), 16, true);
    Integer quantity = checks.pieces("quantity", p.quantity());
    String approver = checks.code("approverCode", p.approverCode());
    checks.requireWellFormed();
    LocalDate on = day(p.issuedOn());
    Optional<Post> wearer = registers.people().postOn(employee, on);
    requireVisible(scope, wearer, approver);
    Optional<Approval> approval = approvalOfHead(checks, scope, approver, wearer, on);
    if (wearer.isEmpty()) {
      checks.refuse("employeeCode", "registers.uniform.notEmployed");
    }
    checks.requireAllowed();
    if (!store.take(item, size, quantity)) {
      throw new Conflict(
          "stock of " + item + " " + size + " is short: " + store.balance(item, size) + " left");
    }
    long id =
        store.insertMovement(
            UniformMovement.Kind.ISSUE,
            item,
            size,
            quantity,
            on,
            employee,
            approval.orElseThrow(),
            null,
            null,
            scope.username(),
            registers.now());
    return recorded(scope, "uniform-issue", id);
  }

  public Moved scrap(AccessScope scope, NewScrap p) {
    Checks checks = new Checks();
    String item = checks.line("item", p.item(), 32, true);
    String size = checks.line("size", p.size(), 16, true);
    Integer quantity = checks.pieces("quantity", p.quantity());
    String approver = checks.code("approverCode", p.approverCode());
    String reason = checks.note("reason", p.reason(), 500, true);
    checks.requireWellFormed();
    registers.requireGroupWriter(scope, approver);
    LocalDate on = day(p.scrappedOn());
    Optional<Approval> approval = approvalOfHead(checks, scope, approver, Optional.empty(), on);
    checks.requireAllowed();
    if (!store.take(item, size, quantity)) {
      throw new Conflict("stock of " + item + " " + size + " is short");
    }
    long id =
        store.insertMovement(
            UniformMovement.Kind.SCRAP,
            item,
            size,
            quantity,
            on,
            null,
            approval.orElseThrow(),
            reason,
            null,
            scope.username(),
            registers.now());
    return recorded(scope, "uniform-scrap", id);
  }

  public UniformDamage reportDamage(AccessScope scope, NewDamage p) {
    Checks checks = new Checks();
    String employee = checks.code("employeeCode", p.employeeCode());
    String item = checks.line("item", p.item(), 32, true);
    String size = checks.line("size", p.size(), 16, true);
    checks.required("kind", p.kind());
    checks.required("personalFault", p.personalFault());
    String note = checks.note("note", p.note(), 500, false);
    boolean fault = Boolean.TRUE.equals(p.personalFault());
    Money compensation =
        fault || p.compensation() != null ? checks.amount("compensation", p.compensation()) : null;
    checks.requireWellFormed();
    LocalDate on = day(p.reportedOn());
    Optional<Post> wearer = registers.people().postOn(employee, on);
    requireVisible(scope, wearer, null);
    if (wearer.isEmpty()) {
      checks.refuse("employeeCode", "registers.uniform.notEmployed");
    }
    if (!fault && compensation != null) {
      checks.refuse("compensation", "registers.uniform.compensationWithoutFault");
    }
    checks.requireAllowed();
    UniformPack.InForce terms = pack.on(wearer.get().storeCode(), on);
    long id =
        store.insertDamage(
            employee,
            item,
            size,
            p.kind(),
            fault,
            compensation,
            on,
            note,
            terms,
            scope.username(),
            registers.now());
    UniformDamage d = store.damage(id).orElseThrow();
    registers.recorded(
        "uniform-damage",
        id,
        values(
            "employeeCode", employee,
            "item", item,
            "size", size,
            "kind", p.kind(),
            "personalFault", fault,
            "compensation", compensation,
            "reportedOn", on,
            "pack", d.packId() == null ? null : d.packId() + "@" + d.packVersion(),
            "clause", d.clause()),
        scope.username(),
        registers.now());
    return d;
  }

  public UniformPlan plan(AccessScope scope, NewPlan p) {
    Checks checks = new Checks();
    String item = checks.line("item", p.item(), 32, true);
    String size = checks.line("size", p.size(), 16, true);
    String style = checks.line("style", p.style(), 100, true);
    String colour = checks.line("colour", p.colour(), 50, true);
    String material = checks.line("material", p.material(), 50, true);
    Integer quantity = checks.pieces("quantity", p.quantity());
    Money budget = checks.amount("budget", p.budget());
    checks.requireWellFormed();
    registers.requireGroupWriter(scope, null);
    long id =
        store.insertPlan(
            item,
            size,
            style,
            colour,
            material,
            quantity,
            budget,
            scope.username(),
            registers.now());
    registers.recorded(
        "uniform-plan",
        id,
        values(
            "item", item,
            "size", size,
            "style", style,
            "colour", colour,
            "material", material,
            "quantity", quantity,
            "budget", budget),
        scope.username(),
        registers.now());
    return store.plan(id).orElseThrow();
  }

  /** An executive's decision on a plan, by their own login or recorded from paper. */
  public UniformPlan decide(AccessScope scope, long planId, NewDecision p) {
    UniformPlan plan = store.plan(planId).orElseThrow(() -> new NotFound("plan " + planId));
    Checks checks = new Checks();
    String approver = checks.code("approverCode", p.approverCode());
    checks.required("approved", p.approved());
    String reason = checks.note("reason", p.reason(), 500, false);
    checks.requireWellFormed();
    registers.requireGroupWriter(scope, approver);
    store.holdPlan(planId);
    if (store.plan(planId).orElseThrow().approved() != null) {
      throw new Conflict("plan " + planId + " is decided already");
    }
    LocalDate on = day(p.decidedOn());
    Optional<Approval> approval = registers.approval(scope, approver);
    if (registers.people().postOn(approver, on).filter(x -> x.is("EXECUTIVE")).isEmpty()) {
      checks.refuse("approverCode", "registers.uniform.planApproverNotExecutive");
    } else if (approval.isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
    checks.requireAllowed();
    store.insertDecision(planId, p.approved(), approval.orElseThrow(), reason, on, registers.now());
    registers.recorded(
        "uniform-plan-decision",
        planId,
        values(
            "approved", p.approved(),
            "approverCode", approver,
            "approval", approval.get().kind(),
            "reason", reason,
            "decidedOn", on),
        scope.username(),
        registers.now());
    return store.plan(plan.id()).orElseThrow();
  }

  /** The delivery of an approved plan passed acceptance: what was accepted enters the stock. */
  public Moved accept(AccessScope scope, long planId, NewAcceptance p) {
    store.plan(planId).orElseThrow(() -> new NotFound("plan " + planId));
    Checks checks = new Checks();
    Integer quantity = checks.pieces("quantity", p.quantity());
    String note = checks.note("note", p.note(), 500, false);
    checks.requireWellFormed();
    registers.requireGroupWriter(scope, null);
    store.holdPlan(planId);
    UniformPlan plan = store.plan(planId).orElseThrow();
    if (!Boolean.TRUE.equals(plan.approved())) {
      checks.refuse("planId", "registers.uniform.planNotApproved");
    } else if (plan.accepted() + quantity > plan.quantity()) {
      checks.refuse("quantity", "registers.uniform.acceptedBeyondPlan");
    }
    checks.requireAllowed();
    return receipt(scope, plan.item(), plan.size(), quantity, day(p.acceptedOn()), note, planId);
  }

  @Transactional(readOnly = true)
  public List<UniformStock> stock(AccessScope scope) {
    registers.requireReader(scope);
    return store.stock();
  }

  @Transactional(readOnly = true)
  public List<UniformMovement> movements(AccessScope scope) {
    registers.requireReader(scope);
    return store.movements().stream()
        .filter(m -> m.employeeCode() == null || sees(scope, m.employeeCode()))
        .toList();
  }

  /** One issue to an employee, for its requisition form; not found outside the user's stores. */
  @Transactional(readOnly = true)
  public UniformMovement issued(AccessScope scope, long id) {
    registers.requireReader(scope);
    return store
        .movement(id)
        .filter(m -> m.kind() == UniformMovement.Kind.ISSUE && sees(scope, m.employeeCode()))
        .orElseThrow(() -> new NotFound("uniform issue " + id));
  }

  @Transactional(readOnly = true)
  public List<UniformDamage> damages(AccessScope scope) {
    registers.requireReader(scope);
    return store.damages().stream().filter(d -> sees(scope, d.employeeCode())).toList();
  }

  @Transactional(readOnly = true)
  public List<UniformPlan> plans(AccessScope scope) {
    registers.requireReader(scope);
    return store.plans();
  }

  /** The new-hire sets the pack in force gives the employee, and the pieces issued so far. */
  @Transactional(readOnly = true)
  public Entitlement entitlement(AccessScope scope, String employeeCode) {
    registers.requireReader(scope);
    LocalDate today = registers.today();
    Optional<Post> post = registers.people().postOn(employeeCode, today);
    if (post.isEmpty()) {
      throw new NotFound("employee " + employeeCode);
    }
    requireVisible(scope, post, null);
    int issued =
        store.issues().stream()
            .filter(m -> m.employeeCode().equals(employeeCode))
            .mapToInt(UniformMovement::quantity)
            .sum();
    String storeCode = post.map(Post::storeCode).orElse(null);
    return new Entitlement(employeeCode, pack.on(storeCode, today).terms().newHireSets(), issued);
  }

  /**
   * Per employee and item, the last issue whose renewal cycle (pack) has run out by {@code asOf},
   * for the employees the user sees who are still employed.
   */
  @Transactional(readOnly = true)
  public List<RenewalDue> renewalsDue(AccessScope scope, LocalDate asOf) {
    registers.requireReader(scope);
    Map<List<String>, UniformMovement> last = new LinkedHashMap<>();
    store.issues().forEach(m -> last.put(List.of(m.employeeCode(), m.item()), m));
    Map<String, Optional<Post>> posts = new HashMap<>();
    List<RenewalDue> due = new ArrayList<>();
    for (UniformMovement m : last.values()) {
      Optional<Post> post =
          posts.computeIfAbsent(m.employeeCode(), c -> registers.people().postOn(c, asOf));
      if (post.isEmpty() || !admits(scope, post.get())) {
        continue;
      }
      LocalDate dueOn =
          m.on().plusYears(pack.on(post.get().storeCode(), asOf).terms().renewalYears());
      if (!dueOn.isAfter(asOf)) {
        due.add(new RenewalDue(m.employeeCode(), m.item(), m.size(), m.on(), dueOn));
      }
    }
    return due;
  }

  /** The compensations of a month, for its statements. */
  @Transactional(readOnly = true)
  public List<UniformDamage> compensations(java.time.YearMonth month) {
    return store.compensations(month);
  }

  /**
   * A requisition or scrap is signed by the department head (the wearer's store's CS or store
   * manager) or someone above, with their own login or on paper.
   */
  private Optional<Approval> approvalOfHead(
      Checks checks, AccessScope scope, String approver, Optional<Post> wearer, LocalDate on) {
    Optional<Post> head = registers.people().postOn(approver, on);
    boolean signs =
        head.filter(
                h ->
                    HEADS.contains(h.position())
                        && (h.is("GROUP_CS")
                            || h.is("EXECUTIVE")
                            || wearer.map(w -> h.in(w.storeCode())).orElse(true)))
            .isPresent();
    Optional<Approval> approval = registers.approval(scope, approver);
    if (!signs) {
      checks.refuse("approverCode", "registers.uniform.approverNotHead");
    } else if (approval.isEmpty()) {
      checks.refuse("approverCode", Approval.NOT_OWN_LOGIN);
    }
    return approval;
  }

  private void requireVisible(AccessScope scope, Optional<Post> wearer, String approver) {
    if (wearer.isPresent() && !admits(scope, wearer.get())) {
      throw new NotFound("employee");
    }
    registers.requireGroupWriter(scope, approver);
  }

  private boolean sees(AccessScope scope, String employeeCode) {
    return scope.allStores()
        || registers
            .people()
            .postOn(employeeCode, registers.today())
            .filter(p -> admits(scope, p))
            .isPresent();
  }

  private boolean admits(AccessScope scope, Post post) {
    return scope.allStores() || post.in(String.valueOf(registers.ownStoreCode(scope)));
  }

  private LocalDate day(LocalDate given) {
    return given == null ? registers.today() : given;
  }

  private Moved recorded(AccessScope scope, String entry, long id) {
    UniformMovement m = store.movement(id).orElseThrow();
    int balance = store.balance(m.item(), m.size());
    registers.recorded(
        entry,
        id,
        values(
            "item", m.item(),
            "size", m.size(),
            "quantity", m.quantity(),
            "on", m.on(),
            "employeeCode", m.employeeCode(),
            "approverCode", m.approverCode(),
            "approval", m.approval(),
            "planId", m.planId(),
            "note", m.note(),
            "balance", balance),
        scope.username(),
        registers.now());
    return new Moved(m, balance);
  }
}
