package kefu.registers.keys;

import static kefu.registers.Registers.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import kefu.organization.AccessScope;
import kefu.platform.Conflict;
import kefu.platform.NotFound;
import kefu.registers.Approval;
import kefu.registers.Checks;
import kefu.registers.Named;
import kefu.registers.People;
import kefu.registers.Registers;
import kefu.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key register's use cases: keys and their custodians, loans and returns, the keys still out at
 * the end of a day, and emergency openings of sealed keys. Each entry is checked whole (every
 * broken rule on its field), written as a new row and announced for the audit log; nothing is
 * written on a refusal.
 */
@Service
@Transactional
public class KeyRegister {

  private final KeyStore store;
  private final Registers registers;

  KeyRegister(KeyStore store, Registers registers) {
    this.store = store;
    this.registers = registers;
  }

  public record NewKey(
      String storeCode, String code, KeyClass keyClass, String custodianCode, Boolean sealed) {}

  public record NewLoan(
      String borrowerCode, String approverCode, String purpose, OffsetDateTime borrowedAt) {}

  public record NewReturn(OffsetDateTime returnedAt, String receivedByCode) {}

  public record NewOpening(
      String approverCode,
      List<String> witnessCodes,
      String guardName,
      String reason,
      OffsetDateTime openedAt,
      String sealBefore) {}

  public record NewClosing(OffsetDateTime closedAt, String sealAfter) {}

  public record NewLoss(String reportedByCode, OffsetDateTime lostAt, String circumstances) {}

  public record NewDecision(
      KeyLoss.Remedy remedy, String approverCode, OffsetDateTime decidedAt, BigDecimal cost) {}

  public RegisterKey create(AccessScope scope, NewKey p) {
    Checks checks = new Checks();
    String storeCode = checks.code("storeCode", p.storeCode());
    String code = checks.code("code", p.code());
    checks.required("keyClass", p.keyClass());
    String custodian = checks.code("custodianCode", p.custodianCode());
    checks.requireWellFormed();
    registers.requireWriter(scope, storeCode, null);
    if (store.exists(storeCode, code)) {
      throw new Conflict("key " + code + " exists in store " + storeCode);
    }
    if (registers
        .people()
        .postOn(custodian, registers.today())
        .filter(post -> post.in(storeCode))
        .isEmpty()) {
      checks.refuse("custodianCode", "registers.key.custodianNotInStore");
    }
    checks.requireAllowed();
    boolean sealed = Boolean.TRUE.equals(p.sealed());
    Instant now = registers.now();
    long id =
        store.insertKey(storeCode, code, p.keyClass(), custodian, sealed, scope.username(), now);
    recorded(
        scope,
        now,
        "key",
        id,
        values(
            "storeCode", storeCode,
            "code", code,
            "keyClass", p.keyClass(),
            "custodianCode", custodian,
            "sealed", sealed));
    return store.key(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<RegisterKey> keys(AccessScope scope, String storeCode) {
    return store.keys(seen(scope, storeCode));
  }

  @Transactional(readOnly = true)
  public RegisterKey key(AccessScope scope, long id) {
    RegisterKey key = store.key(id).orElseThrow(() -> new NotFound("key " + id));
    registers.visibleStore(scope, key.storeCode());
    return key;
  }

  @Transactional(readOnly = true)
  public List<KeyLoan> loansOf(AccessScope scope, long keyId) {
    key(scope, keyId);
    return store.loansOf(keyId);
  }

  public KeyLoan lend(AccessScope scope, long keyId, NewLoan p) {
    RegisterKey key = key(scope, keyId);
    Checks checks = new Checks();
    String borrower = checks.code("borrowerCode", p.borrowerCode());
    String approver = checks.code("approverCode", p.approverCode());
    String purpose = checks.note("purpose", p.purpose(), 500, true);
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), approver);
    hold(keyId, () -> store.openLoan(keyId).isPresent(), "key " + key.code() + " is out on loan");
    Instant at = registers.at(p.borrowedAt());
    Named named = registers.named(scope, borrower, approver, registers.day(at));
    KeyRules.loan(checks, key, named);
    KeyRules.notLost(checks, store.undecidedLoss(keyId));
    checks.requireAllowed();
    Optional<Approval> approval = named.approval();
    Instant now = registers.now();
    long id = store.insertLoan(keyId, borrower, approval.orElseThrow(), purpose, at, now);
    recorded(
        scope,
        now,
        "key-loan",
        id,
        values(
            "key", key.storeCode() + "/" + key.code(),
            "borrowerCode", borrower,
            "approverCode", approver,
            "approval", approval.get().kind(),
            "purpose", purpose,
            "borrowedAt", at));
    return store.loan(id).orElseThrow();
  }

  public KeyLoan giveBack(AccessScope scope, long loanId, NewReturn p) {
    KeyLoan loan = store.loan(loanId).orElseThrow(() -> new NotFound("loan " + loanId));
    RegisterKey key = key(scope, loan.keyId());
    Checks checks = new Checks();
    String receiver = checks.code("receivedByCode", p.receivedByCode());
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), null);
    hold(
        key.id(),
        () -> !store.loan(loanId).orElseThrow().out(),
        "loan " + loanId + " is returned already");
    Instant at = registers.at(p.returnedAt());
    KeyRules.giveBack(checks, key, loan, receiver, at);
    checks.requireAllowed();
    Instant now = registers.now();
    store.insertReturn(loanId, receiver, at, scope.username(), now);
    recorded(
        scope,
        now,
        "key-return",
        loanId,
        values("loanId", loanId, "receivedByCode", receiver, "returnedAt", at));
    return store.loan(loanId).orElseThrow();
  }

  /**
   * The keys still out at the end of {@code date}: borrowed before the next day began and not
   * returned by then, for one store or every store the user sees.
   */
  @Transactional(readOnly = true)
  public List<KeyLoan> unreturned(AccessScope scope, String storeCode, LocalDate date) {
    String seen = seen(scope, storeCode);
    Instant endOfDay = registers.startOf(date.plusDays(1));
    return store.loansBefore(seen, endOfDay, endOfDay);
  }

  public EmergencyOpening open(AccessScope scope, long keyId, NewOpening p) {
    RegisterKey key = key(scope, keyId);
    Checks checks = new Checks();
    String approver = checks.code("approverCode", p.approverCode());
    String reason = checks.note("reason", p.reason(), 500, true);
    String guard = checks.line("guardName", p.guardName(), 100, false);
    String sealBefore = checks.line("sealBefore", p.sealBefore(), 64, false);
    List<String> witnesses = new ArrayList<>();
    List<String> given = p.witnessCodes() == null ? List.of() : p.witnessCodes();
    for (int i = 0; i < given.size(); i++) {
      witnesses.add(checks.code("witnessCodes[" + i + "]", given.get(i)));
    }
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), approver);
    hold(
        keyId,
        () -> store.openOpening(keyId).isPresent(),
        "key " + key.code() + " is open already; close it first");
    Instant at = registers.at(p.openedAt());
    LocalDate day = registers.day(at);
    People people = registers.people();
    Optional<Approval> approval = registers.approval(scope, approver);
    KeyRules.opening(
        checks,
        key,
        new KeyRules.OpeningFacts(
            approver,
            people.postOn(approver, day),
            approval,
            witnesses,
            witnesses.stream().map(w -> people.postOn(w, day)).toList(),
            guard,
            sealBefore));
    checks.requireAllowed();
    Instant now = registers.now();
    long id =
        store.insertOpening(
            keyId, approval.orElseThrow(), witnesses, guard, reason, at, sealBefore, now);
    recorded(
        scope,
        now,
        "key-emergency-opening",
        id,
        values(
            "key", key.storeCode() + "/" + key.code(),
            "approverCode", approver,
            "approval", approval.get().kind(),
            "witnessCodes", witnesses,
            "guardName", guard,
            "reason", reason,
            "openedAt", at,
            "sealBefore", sealBefore));
    return store.opening(id).orElseThrow();
  }

  public EmergencyOpening close(AccessScope scope, long openingId, NewClosing p) {
    EmergencyOpening opening =
        store.opening(openingId).orElseThrow(() -> new NotFound("opening " + openingId));
    RegisterKey key = key(scope, opening.keyId());
    Checks checks = new Checks();
    String sealAfter = checks.line("sealAfter", p.sealAfter(), 64, false);
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), null);
    hold(
        key.id(),
        () -> store.opening(openingId).orElseThrow().closed(),
        "opening " + openingId + " is closed already");
    Instant at = registers.at(p.closedAt());
    KeyRules.closing(checks, opening, sealAfter, at);
    checks.requireAllowed();
    Instant now = registers.now();
    store.insertClosing(openingId, at, sealAfter, scope.username(), now);
    recorded(
        scope,
        now,
        "key-emergency-closing",
        openingId,
        values("openingId", openingId, "closedAt", at, "sealAfter", sealAfter));
    return store.opening(openingId).orElseThrow();
  }

  /**
   * A key reported lost (doc 002: reported at once, in writing, with what happened): recorded
   * against the key, which is not lent again until the re-key or lock change is ordered.
   */
  public KeyLoss reportLoss(AccessScope scope, long keyId, NewLoss p) {
    RegisterKey key = key(scope, keyId);
    Checks checks = new Checks();
    String reporter = checks.code("reportedByCode", p.reportedByCode());
    String circumstances = checks.note("circumstances", p.circumstances(), 500, true);
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), null);
    hold(
        keyId,
        () -> store.undecidedLoss(keyId).isPresent(),
        "key " + key.code() + " is reported lost already");
    Instant at = registers.at(p.lostAt());
    Instant now = registers.now();
    KeyRules.loss(checks, registers.people().postOn(reporter, registers.day(at)), at, now);
    checks.requireAllowed();
    long id = store.insertLoss(keyId, reporter, at, circumstances, scope.username(), now);
    recorded(
        scope,
        now,
        "key-loss",
        id,
        values(
            "key", key.storeCode() + "/" + key.code(),
            "reportedByCode", reporter,
            "lostAt", at,
            "circumstances", circumstances));
    return store.loss(id).orElseThrow();
  }

  /**
   * The written approval of a re-key or lock change for a lost key, with its cost if stated. The
   * regulations make no one pay for it, so the cost is for the record and the audit log only: it is
   * not charged to anyone's month.
   */
  public KeyLoss decideLoss(AccessScope scope, long lossId, NewDecision p) {
    KeyLoss loss = store.loss(lossId).orElseThrow(() -> new NotFound("loss " + lossId));
    RegisterKey key = key(scope, loss.keyId());
    Checks checks = new Checks();
    checks.required("remedy", p.remedy());
    String approver = checks.code("approverCode", p.approverCode());
    Money cost = p.cost() == null ? null : checks.amount("cost", p.cost());
    checks.requireWellFormed();
    registers.requireWriter(scope, key.storeCode(), approver);
    hold(
        key.id(),
        () -> store.loss(lossId).orElseThrow().decided(),
        "loss " + lossId + " is decided already");
    Instant at = registers.at(p.decidedAt());
    Named named = registers.named(scope, approver, approver, registers.day(at));
    KeyRules.decision(checks, loss, named, at);
    checks.requireAllowed();
    Approval approval = named.approval().orElseThrow();
    Instant now = registers.now();
    BigDecimal decimal = cost == null ? null : cost.decimal();
    store.insertDecision(lossId, p.remedy(), approval, at, decimal, now);
    recorded(
        scope,
        now,
        "key-loss-decision",
        lossId,
        values(
            "lossId",
            lossId,
            "key",
            key.storeCode() + "/" + key.code(),
            "remedy",
            p.remedy(),
            "approverCode",
            approver,
            "approval",
            approval.kind(),
            "decidedAt",
            at,
            "cost",
            decimal == null ? null : decimal.toPlainString()));
    return store.loss(lossId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<KeyLoss> losses(AccessScope scope, String storeCode) {
    return store.lossesOf(seen(scope, storeCode));
  }

  @Transactional(readOnly = true)
  public List<EmergencyOpening> openings(AccessScope scope, String storeCode) {
    return store.openingsOf(seen(scope, storeCode));
  }

  @Transactional(readOnly = true)
  public EmergencyOpening opening(AccessScope scope, long id) {
    registers.requireReader(scope);
    EmergencyOpening o = store.opening(id).orElseThrow(() -> new NotFound("opening " + id));
    key(scope, o.keyId());
    return o;
  }

  @Transactional(readOnly = true)
  public KeyLoan loan(AccessScope scope, long id) {
    registers.requireReader(scope);
    KeyLoan l = store.loan(id).orElseThrow(() -> new NotFound("loan " + id));
    key(scope, l.keyId());
    return l;
  }

  /** Announces an entry the user wrote at {@code now}, with its values, for the audit log. */
  private void recorded(
      AccessScope scope, Instant now, String entry, long id, Map<String, Object> values) {
    registers.recorded(entry, id, values, scope.username(), now);
  }

  /** Holds the key's rows for the change; refused (409, {@code why}) if {@code clash} by then. */
  private void hold(long keyId, BooleanSupplier clash, String why) {
    store.hold(keyId);
    if (clash.getAsBoolean()) {
      throw new Conflict(why);
    }
  }

  /** The store a list is of: the one asked for, else the user's own (null: every store seen). */
  private String seen(AccessScope scope, String storeCode) {
    registers.requireReader(scope);
    String own = storeCode != null ? storeCode : registers.ownStoreCode(scope);
    if (own != null) {
      registers.visibleStore(scope, own);
    }
    return own;
  }
}
