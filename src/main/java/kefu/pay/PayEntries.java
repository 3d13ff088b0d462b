package kefu.pay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.incident.MonthLocks;
import kefu.organization.AccessScope;
import kefu.organization.Assignment;
import kefu.organization.Employee;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.pay.MonthPay.Cited;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records rewards (doc 001) and sales (doc 002 variant 6) for an employee of a store the user may
 * change, on a day they held a post there, in a month not yet published (409 otherwise, like
 * incidents). A reward is valued on the spot with the tiers in force that day. Entries are never
 * edited: a mistake is voided with a reason, and every entry and voiding is an audited event.
 */
@Service
@Transactional
public class PayEntries {

  static final String REWARD = "reward-entry";
  static final String SALE = "sale-entry";

  /** Sales are kept in a numeric(14,2) column. */
  private static final BigDecimal MAX_SALE = new BigDecimal("999999999999.99");

  private static final AccessScope LOOKUP = new AccessScope("system", Role.ADMIN, null, null);

  private final PayStore store;
  private final PayPacks packs;
  private final Organization organization;
  private final MonthLocks locks;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PayEntries(
      PayStore store,
      PayPacks packs,
      Organization organization,
      MonthLocks locks,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.packs = packs;
    this.organization = organization;
    this.locks = locks;
    this.events = events;
    this.clock = clock;
  }

  /** A reward as entered: the type and its one valuing field. */
  public record NewReward(
      String employeeCode,
      RewardType type,
      OffsetDateTime occurredAt,
      String eventGrade,
      Integer quantity,
      BigDecimal contractAmount,
      String note) {}

  public record NewSale(
      String employeeCode, OffsetDateTime completedAt, BigDecimal amount, String note) {}

  public record Voiding(String reason) {}

  public RewardEntry recordReward(AccessScope scope, NewReward r) {
    List<FieldProblem> problems = new ArrayList<>();
    common(problems, r.employeeCode(), "occurredAt", r.occurredAt(), r.note());
    if (r.type() == null) {
      problems.add(new FieldProblem("type", "validation.required"));
    }
    InputRules.checkText(problems, "eventGrade", r.eventGrade(), 8, false);
    RewardValuation.Draft draft =
        new RewardValuation.Draft(
            r.type(),
            r.eventGrade() == null ? null : r.eventGrade().strip(),
            r.quantity(),
            r.contractAmount());
    problems.addAll(RewardValuation.problems(draft));
    requireNone(problems);
    Post post = post(scope, r.employeeCode(), "occurredAt", r.occurredAt());
    Cited<RewardTiers> tiers = packs.rewards(post.storeCode(), post.day());
    RewardTiers.Tier tier =
        tiers
            .terms()
            .tier(r.type())
            .orElseThrow(() -> new RuleRefused("type", "pay.reward.typeNotInPack"));
    Money amount = RewardValuation.amount(tier, draft);
    Instant now = now();
    RewardEntry entry =
        new RewardEntry(
            0,
            post.employeeCode(),
            post.storeCode(),
            r.type(),
            r.occurredAt().toInstant(),
            post.day(),
            draft.eventGrade(),
            r.quantity(),
            r.contractAmount() == null ? null : Money.of(r.contractAmount()).amount(),
            amount,
            tiers.packId(),
            tiers.packVersion(),
            tier.clause(),
            blankToNull(r.note()),
            EntryState.recorded(scope.username(), now));
    long id = recorded(REWARD, store.insert(entry), values(entry), entry.state());
    return store.reward(id).orElseThrow();
  }

  public SaleEntry recordSale(AccessScope scope, NewSale s) {
    List<FieldProblem> problems = new ArrayList<>();
    common(problems, s.employeeCode(), "completedAt", s.completedAt(), s.note());
    if (s.amount() == null) {
      problems.add(new FieldProblem("amount", "validation.required"));
    } else if (s.amount().signum() <= 0 || s.amount().compareTo(MAX_SALE) > 0) {
      problems.add(new FieldProblem("amount", "pay.amountPositive"));
    } else if (s.amount().stripTrailingZeros().scale() > Money.SCALE) {
      problems.add(new FieldProblem("amount", "validation.decimals"));
    }
    requireNone(problems);
    Post post = post(scope, s.employeeCode(), "completedAt", s.completedAt());
    Instant now = now();
    SaleEntry entry =
        new SaleEntry(
            0,
            post.employeeCode(),
            post.storeCode(),
            s.completedAt().toInstant(),
            post.day(),
            Money.of(s.amount()),
            blankToNull(s.note()),
            EntryState.recorded(scope.username(), now));
    long id = recorded(SALE, store.insert(entry), values(entry), entry.state());
    return store.sale(id).orElseThrow();
  }

  public RewardEntry voidReward(AccessScope scope, long id, Voiding v) {
    RewardEntry before = store.reward(id).orElseThrow(() -> new NotFound("reward " + id));
    voiding(scope, REWARD, id, before.storeCode(), before.occurredOn(), before.voided(), v);
    RewardEntry after = store.reward(id).orElseThrow();
    voided(REWARD, id, values(before), values(after), after.state());
    return after;
  }

  public SaleEntry voidSale(AccessScope scope, long id, Voiding v) {
    SaleEntry before = store.sale(id).orElseThrow(() -> new NotFound("sale " + id));
    voiding(scope, SALE, id, before.storeCode(), before.completedOn(), before.voided(), v);
    SaleEntry after = store.sale(id).orElseThrow();
    voided(SALE, id, values(before), values(after), after.state());
    return after;
  }

  private long recorded(String entry, long id, Map<String, Object> values, EntryState state) {
    events.publishEvent(
        new PayEntryRecorded(entry, id, values, state.recordedBy(), state.recordedAt()));
    return id;
  }

  private void voided(
      String entry,
      long id,
      Map<String, Object> before,
      Map<String, Object> after,
      EntryState state) {
    events.publishEvent(
        new PayEntryVoided(entry, id, before, after, state.voidedBy(), state.voidedAt()));
  }

  /** A month's rewards the user may see (staff: their own), voided ones included. */
  @Transactional(readOnly = true)
  public List<RewardEntry> rewards(AccessScope scope, YearMonth month, String storeCode) {
    Organization.ScopeCodes codes = visible(scope, storeCode);
    return store.rewards(month, codes.storeCode(), codes.employeeCode(), true);
  }

  /** A month's sales the user may see (staff: their own), voided ones included. */
  @Transactional(readOnly = true)
  public List<SaleEntry> sales(AccessScope scope, YearMonth month, String storeCode) {
    Organization.ScopeCodes codes = visible(scope, storeCode);
    return store.sales(month, codes.storeCode(), codes.employeeCode(), true);
  }

  @Transactional(readOnly = true)
  public RewardEntry reward(AccessScope scope, long id) {
    RewardEntry r = store.reward(id).orElseThrow(() -> new NotFound("reward " + id));
    requireVisible(scope, r.storeCode(), r.employeeCode(), "reward " + id);
    return r;
  }

  @Transactional(readOnly = true)
  public SaleEntry sale(AccessScope scope, long id) {
    SaleEntry s = store.sale(id).orElseThrow(() -> new NotFound("sale " + id));
    requireVisible(scope, s.storeCode(), s.employeeCode(), "sale " + id);
    return s;
  }

  /** Whether entries dated in the month may still be recorded or voided. */
  @Transactional(readOnly = true)
  public boolean open(YearMonth month) {
    return !locks.isClosed(month);
  }

  public ZoneId zone() {
    return organization.zone();
  }

  private void voiding(
      AccessScope scope,
      String table,
      long id,
      String storeCode,
      LocalDate day,
      boolean voided,
      Voiding v) {
    requireVisible(scope, storeCode, null, table + " " + id);
    String reason = v == null || v.reason() == null ? null : v.reason().strip();
    if (reason == null || reason.isEmpty()) {
      throw new BadInput("reason", "validation.required");
    }
    InputRules.requireText("reason", reason, 1000, true);
    requireWriter(scope, storeCode);
    requireOpen(YearMonth.from(day));
    if (voided || !store.markVoided(table.replace('-', '_'), id, scope.username(), now(), reason)) {
      throw new Conflict("pay.alreadyVoided");
    }
  }

  /** The fields every entry has: the employee, the time (not in the future) and the note. */
  private void common(
      List<FieldProblem> problems,
      String employee,
      String timeField,
      OffsetDateTime at,
      String note) {
    if (employee == null || employee.isBlank()) {
      problems.add(new FieldProblem("employeeCode", "validation.required"));
    } else {
      InputRules.checkText(problems, "employeeCode", employee, 32, false);
    }
    if (at == null) {
      problems.add(new FieldProblem(timeField, "validation.required"));
    } else if (at.toInstant().isAfter(clock.instant())) {
      problems.add(new FieldProblem(timeField, "pay.inFuture"));
    }
    InputRules.checkText(problems, "note", note, 1000, true);
  }

  private static void requireNone(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
  }

  /** Where the employee held a post at that time, for a user who may change that store. */
  private record Post(String employeeCode, String storeCode, LocalDate day) {}

  private Post post(AccessScope scope, String code, String timeField, OffsetDateTime at) {
    Employee employee;
    try {
      employee = organization.employee(LOOKUP, code.strip());
    } catch (NotFound e) {
      throw new BadInput("employeeCode", "pay.unknownEmployee");
    }
    LocalDate day = at.atZoneSameInstant(organization.zone()).toLocalDate();
    Assignment post =
        employee.assignmentOn(day).orElseThrow(() -> new RuleRefused(timeField, "pay.notEmployed"));
    requireWriter(scope, post.getStore().getCode());
    requireOpen(YearMonth.from(day));
    return new Post(employee.getCode(), post.getStore().getCode(), day);
  }

  private void requireWriter(AccessScope scope, String storeCode) {
    long storeId = organization.storeId(storeCode).orElseThrow();
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + storeCode + " is outside your scope");
    }
  }

  private void requireOpen(YearMonth month) {
    if (!locks.holdOpen(month)) {
      throw new Conflict("pay.monthLocked");
    }
  }

  private Organization.ScopeCodes visible(AccessScope scope, String storeCode) {
    Organization.ScopeCodes own = organization.codes(scope);
    String store = own.storeCode();
    if (storeCode != null && !storeCode.isBlank()) {
      store = organization.store(scope, storeCode.strip()).getCode();
    }
    return new Organization.ScopeCodes(store, own.employeeCode());
  }

  private void requireVisible(AccessScope scope, String storeCode, String employee, String what) {
    Organization.ScopeCodes own = organization.codes(scope);
    if ((own.storeCode() != null && !own.storeCode().equals(storeCode))
        || (own.employeeCode() != null && !own.employeeCode().equals(employee))) {
      throw new NotFound(what);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Map<String, Object> values(RewardEntry r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("employeeCode", r.employeeCode());
    m.put("storeCode", r.storeCode());
    m.put("type", r.type().name());
    m.put("occurredOn", r.occurredOn().toString());
    m.put("eventGrade", r.eventGrade());
    m.put("quantity", r.quantity());
    m.put("contractAmount", r.contractAmount() == null ? null : r.contractAmount().toPlainString());
    m.put("amount", r.amount().toString());
    m.put("pack", r.packId() + " v" + r.packVersion() + " " + r.clause());
    m.put("note", r.note());
    m.put("voidReason", r.state().voidReason());
    return m;
  }

  private static Map<String, Object> values(SaleEntry s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("employeeCode", s.employeeCode());
    m.put("storeCode", s.storeCode());
    m.put("completedOn", s.completedOn().toString());
    m.put("amount", s.amount().toString());
    m.put("note", s.note());
    m.put("voidReason", s.state().voidReason());
    return m;
  }
}
