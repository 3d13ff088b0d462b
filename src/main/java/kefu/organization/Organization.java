package kefu.organization;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.organization.RecordChanged.Kind;
import kefu.platform.BadInput;
import kefu.platform.CodeLabels;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import kefu.platform.GroupZone;
import kefu.platform.NotFound;
import kefu.platform.RequestMemo;
import kefu.platform.RuleRefused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the organization: stores, employees and their posts, always within the caller's
 * {@link AccessScope}. A record outside the scope is reported as not found, so its existence does
 * not leak. Every change is written to the audit log in the same transaction.
 */
@Service
@Transactional
public class Organization {

  private final StoreRepository stores;
  private final EmployeeRepository employees;
  private final GroupZone groupZone;
  private final RecordChanges changes;
  private final Clock clock;

  Organization(
      StoreRepository stores,
      EmployeeRepository employees,
      GroupZone groupZone,
      RecordChanges changes,
      Clock clock) {
    this.stores = stores;
    this.employees = employees;
    this.groupZone = groupZone;
    this.changes = changes;
    this.clock = clock;
  }

  // ---- group -------------------------------------------------------------------------------

  @Transactional(propagation = Propagation.SUPPORTS)
  public ZoneId zone() {
    return groupZone.zone();
  }

  @Transactional(propagation = Propagation.SUPPORTS)
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }

  // ---- stores ------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<Store> visibleStores(AccessScope scope) {
    return stores.visible(scopeStore(scope));
  }

  @Transactional(readOnly = true)
  public Page<Store> searchStores(AccessScope scope, String q, Pageable page) {
    String like = q == null || q.isBlank() ? "" : "%" + q.trim().toLowerCase() + "%";
    return stores.search(scopeStore(scope), like, page);
  }

  @Transactional(readOnly = true)
  public Store store(AccessScope scope, String code) {
    Store store = stores.findByCode(code).orElseThrow(() -> new NotFound("store " + code));
    if (!scope.admitsStore(store.getId())) {
      throw new NotFound("store " + code);
    }
    return store;
  }

  /** Whether a store with this code exists, whoever asks; callers check the scope themselves. */
  @Transactional(readOnly = true)
  public java.util.Optional<Long> storeId(String code) {
    return stores.findByCode(code).map(Store::getId);
  }

  /** Every store's id by its code, whoever asks; for imports that look up many rows at once. */
  @Transactional(readOnly = true)
  public Map<String, Long> storeIds() {
    Map<String, Long> ids = new HashMap<>();
    stores.findAll().forEach(s -> ids.put(s.getCode(), s.getId()));
    return ids;
  }

  /**
   * Every store by code and by name, whoever asks; for imports that let people write a store's name
   * (a name two stores share is refused as ambiguous).
   */
  @Transactional(readOnly = true)
  public CodeLabels storeLabels() {
    return EmployeeImport.storeLabels(stores.findAll());
  }

  public Store createStore(AccessScope scope, String code, String name) {
    return createUnit(scope, new Store(code.trim(), name.trim()));
  }

  /** The group's head office, where group posts sit; see {@link Store#isHeadOffice()}. */
  Store createHeadOffice(AccessScope scope, String code, String name) {
    return createUnit(scope, Store.headOffice(code.trim(), name.trim()));
  }

  private Store createUnit(AccessScope scope, Store unit) {
    requireGroupWriter(scope);
    if (stores.existsByCode(unit.getCode())) {
      throw new Conflict("store " + unit.getCode() + " exists");
    }
    Store store = stores.save(unit);
    changes.created(Kind.STORE, store.getCode(), snapshot(store), scope.username());
    return store;
  }

  public Store renameStore(AccessScope scope, String code, String name) {
    Store store = store(scope, code);
    requireWriter(scope, store.getId());
    Map<String, Object> before = snapshot(store);
    store.rename(name.trim());
    changes.updated(Kind.STORE, store.getCode(), before, snapshot(store), scope.username());
    return store;
  }

  /**
   * The store codes and employee code a scope is confined to, for modules that key their records by
   * code; empty optionals mean "not confined".
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public ScopeCodes codes(AccessScope scope) {
    // asked for by every card and query of a page: once per request and scope
    return RequestMemo.get(
        "codes." + scope,
        () ->
            new ScopeCodes(
                scope.confinedToStore().flatMap(stores::findById).map(Store::getCode).orElse(null),
                scope
                    .confinedToEmployee()
                    .flatMap(employees::findById)
                    .map(Employee::getCode)
                    .orElse(null)));
  }

  /**
   * The code of the user's own employee record, whatever their role; empty for an account without
   * one (such as {@code admin}). Rules about "one's own case" compare it with a record's employee.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public java.util.Optional<String> ownEmployeeCode(AccessScope scope) {
    return java.util.Optional.ofNullable(scope.employeeId())
        .flatMap(employees::findById)
        .map(Employee::getCode);
  }

  /** A scope expressed in codes: null means not confined on that axis. */
  public record ScopeCodes(String storeCode, String employeeCode) {}

  // ---- employees ---------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Page<Employee> searchEmployees(AccessScope scope, EmployeeFilter f, Pageable page) {
    Page<Employee> result =
        employees.search(
            scopeStore(scope),
            scope.confinedToEmployee().orElse(null),
            f.storeId(),
            f.position(),
            f.level(),
            f.likePattern(),
            f.includeLeft(),
            today(),
            page);
    // assignments and pay load in batches (default_batch_fetch_size), not one query per employee
    result.forEach(
        e -> {
          e.getAssignments().size();
          e.getPayHistory().size();
        });
    return result;
  }

  @Transactional(readOnly = true)
  public Employee employee(AccessScope scope, String code) {
    Employee e = employees.findByCode(code).orElseThrow(() -> new NotFound("employee " + code));
    if (!visible(scope, e)) {
      throw new NotFound("employee " + code);
    }
    e.getAssignments().size();
    e.getPayHistory().size();
    return e;
  }

  /** The employees of some user accounts, by id, in one query: for the account list. */
  @Transactional(readOnly = true)
  public Map<Long, Employee> employeesById(Collection<Long> ids) {
    Map<Long, Employee> found = new HashMap<>();
    employees.findAllById(Set.copyOf(ids)).forEach(e -> found.put(e.getId(), e));
    return found;
  }

  /**
   * Employees' names by code, in one query, for pages that list codes they already obtained within
   * the caller's scope (such as a month's statements); unknown codes are left out.
   */
  @Transactional(readOnly = true)
  public Map<String, String> employeeNames(Collection<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    employees.findByCodeIn(Set.copyOf(codes)).forEach(e -> names.put(e.getCode(), e.getName()));
    return names;
  }

  public Employee createEmployee(AccessScope scope, EmployeeForm form) {
    EmployeeDetails d = form.details();
    Store store = storeForWrite(scope, form.getStoreCode(), "storeCode");
    checkDates(d);
    if (employees.existsByCode(d.code())) {
      throw new Conflict("employee " + d.code() + " exists");
    }
    Employee e = new Employee(d);
    e.assign(store, form.getPosition(), d.hiredOn());
    employees.save(e);
    changes.created(Kind.EMPLOYEE, e.getCode(), snapshot(e), scope.username());
    return e;
  }

  /**
   * Changes an employee's facts. A level or base pay different from those in force today is a
   * change of pay from {@link EmployeeForm#getPayFrom()} (default: the first day of next month), so
   * months before it keep the pay they had.
   */
  public Employee updateEmployee(AccessScope scope, String code, EmployeeForm form) {
    Employee e = employee(scope, code);
    requireWriter(scope, homeStoreId(e));
    EmployeeDetails d = form.details();
    checkDates(d);
    Map<String, Object> before = snapshot(e);
    try {
      e.update(
          new EmployeeDetails(
              e.getCode(),
              d.name(),
              d.hiredOn(),
              d.leftOn(),
              d.level(),
              d.baseSalary(),
              d.phone(),
              d.email()));
      LocalDate today = today();
      if (!e.payOn(today).sameAs(d.level(), d.baseSalary())) {
        LocalDate from =
            form.getPayFrom() != null ? form.getPayFrom() : EmployeeForm.firstDayOfNextMonth(today);
        e.changePay(d.level(), d.baseSalary(), from);
      }
    } catch (AssignmentRefused refused) {
      throw new BadInput(refusedField(refused.code()), refused.code());
    }
    employees.flush();
    changes.updated(Kind.EMPLOYEE, e.getCode(), before, snapshot(e), scope.username());
    return e;
  }

  private static String refusedField(String code) {
    return switch (code) {
      case "pay.beforeHire", "pay.afterLeaving" -> "payFrom";
      case "pay.hireAfterChange" -> "hiredOn";
      default -> "leftOn";
    };
  }

  /**
   * A transfer or change of post from a date; the previous post ends the day before. A store user
   * may only move people within their own store.
   */
  public Assignment assign(
      AccessScope scope, String employeeCode, String storeCode, Position position, LocalDate from) {
    Employee e = employee(scope, employeeCode);
    requireWriter(scope, homeStoreId(e));
    Store target = storeForWrite(scope, storeCode, "storeCode");
    Map<String, Object> before = snapshot(e);
    Assignment a;
    try {
      a = e.assign(target, position, from);
    } catch (AssignmentRefused refused) {
      throw new RuleRefused("from", refused.code());
    }
    employees.flush();
    changes.updated(Kind.EMPLOYEE, e.getCode(), before, snapshot(e), scope.username());
    return a;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private Store storeForWrite(AccessScope scope, String code, String field) {
    if (code == null || code.isBlank()) {
      throw new BadInput(field, "required");
    }
    Store store =
        stores
            .findByCode(code.trim())
            .orElseThrow(() -> new BadInput(field, "unknown store " + code));
    if (!scope.admitsStore(store.getId())) {
      throw new Forbidden("store " + code + " is outside your scope");
    }
    requireWriter(scope, store.getId());
    return store;
  }

  private static void checkDates(EmployeeDetails d) {
    if (d.leftOn() != null && d.hiredOn() != null && d.leftOn().isBefore(d.hiredOn())) {
      throw new BadInput("leftOn", "leaving date is before the hiring date");
    }
  }

  private static Long scopeStore(AccessScope scope) {
    return scope.confinedToStore().orElse(null);
  }

  private boolean visible(AccessScope scope, Employee e) {
    if (scope.confinedToEmployee().isPresent()) {
      return scope.confinedToEmployee().get().equals(e.getId());
    }
    Long home = homeStoreId(e);
    return scope.allStores() || (home != null && scope.admitsStore(home));
  }

  /** The store an employee belongs to today, which decides who may see and change them. */
  private Long homeStoreId(Employee e) {
    return e.postOn(today()).map(a -> a.getStore().getId()).orElse(null);
  }

  static void requireGroupWriter(AccessScope scope) {
    if (!(scope.allStores() && scope.canWrite())) {
      throw new Forbidden("only group administrators may do this");
    }
  }

  static void requireAdmin(AccessScope scope) {
    if (!scope.isAdmin()) {
      throw new Forbidden("administrators only");
    }
  }

  private static void requireWriter(AccessScope scope, Long storeId) {
    if (!scope.canWrite() || storeId == null || !scope.admitsStore(storeId)) {
      throw new Forbidden("read-only access");
    }
  }

  static Map<String, Object> snapshot(Store s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.getCode());
    m.put("name", s.getName());
    if (s.isHeadOffice()) {
      m.put("headOffice", true);
    }
    return m;
  }

  static Map<String, Object> snapshot(Employee e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.getCode());
    m.put("name", e.getName());
    m.put("hiredOn", String.valueOf(e.getHiredOn()));
    m.put("leftOn", e.getLeftOn() == null ? null : e.getLeftOn().toString());
    m.put(
        "pay",
        e.getPayHistory().stream()
            .map(
                p ->
                    p.getValidFrom()
                        + " "
                        + p.getLevel()
                        + " "
                        + p.getBaseSalary().setScale(2, RoundingMode.UNNECESSARY))
            .toList());
    m.put("phone", e.getPhone());
    m.put("email", e.getEmail());
    m.put(
        "assignments",
        e.getAssignments().stream()
            .map(
                a ->
                    a.getStore().getCode()
                        + "/"
                        + a.getPosition()
                        + " "
                        + a.getValidFrom()
                        + ".."
                        + (a.getValidTo() == null ? "" : a.getValidTo()))
            .toList());
    return m;
  }
}
