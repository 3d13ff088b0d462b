package kefu.service.showroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kefu.incident.Incident;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.RuleRefused;
import kefu.service.ServiceInput;
import kefu.shared.PhoneNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The showroom log (展厅登记, doc 000 §2A–§2B): the front desk registers each visitor, and an audit of
 * a front-desk employee's registrations counts the false or missed ones (§2A, per customer) and the
 * items sent to other departments that do not match (§2B, per item), each count becoming its
 * incident.
 */
@Service
public class ShowroomAudits {

  /** The incident types of doc 000 §2A and §2B, as the packs define them. */
  static final String FALSE_OR_MISSED = "SHOWROOM_FALSE_OR_MISSED";

  static final String INCONSISTENT = "SHOWROOM_DATA_INCONSISTENT";

  private final JdbcClient jdbc;
  private final Organization organization;
  private final Assignments assignments;
  private final RecordIncident recordIncident;
  private final Clock clock;

  ShowroomAudits(
      JdbcClient jdbc,
      Organization organization,
      Assignments assignments,
      RecordIncident recordIncident,
      Clock clock) {
    this.jdbc = jdbc;
    this.organization = organization;
    this.assignments = assignments;
    this.recordIncident = recordIncident;
    this.clock = clock;
  }

  public record NewVisit(
      String storeCode,
      String employeeCode,
      OffsetDateTime visitedAt,
      String customerName,
      String customerPhone,
      String purpose) {}

  /** A registered visit; the number is kept whole and shown {@link #masked()}. */
  public record Visit(
      long id,
      String storeCode,
      String employeeCode,
      Instant visitedAt,
      String customerName,
      String customerPhone,
      String purpose) {
    public String maskedPhone() {
      return customerPhone == null ? null : PhoneNumbers.mask(customerPhone);
    }

    /** The visit as everyone sees it: the customer's number masked. */
    public Visit masked() {
      return new Visit(
          id, storeCode, employeeCode, visitedAt, customerName, maskedPhone(), purpose);
    }
  }

  public record NewAudit(
      String storeCode,
      String employeeCode,
      OffsetDateTime auditedAt,
      Integer falseOrMissed,
      Integer inconsistentItems,
      String note) {}

  /** An audit with the incidents it created (none when it found nothing). */
  public record Audit(long id, List<Incident> incidents) {}

  @Transactional
  public Visit register(AccessScope scope, NewVisit v) {
    List<FieldProblem> problems = new ArrayList<>();
    ServiceInput.required(problems, "storeCode", v.storeCode());
    ServiceInput.required(problems, "employeeCode", v.employeeCode());
    ServiceInput.required(problems, "visitedAt", v.visitedAt());
    InputRules.checkText(problems, "customerName", v.customerName(), 100, false);
    InputRules.checkText(problems, "purpose", v.purpose(), 500, false);
    String phone = ServiceInput.phone(problems, "customerPhone", v.customerPhone());
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    String store = v.storeCode().strip();
    String employee = v.employeeCode().strip();
    requireWritable(scope, store);
    LocalDate day = v.visitedAt().atZoneSameInstant(organization.zone()).toLocalDate();
    if (assignments.positionAt(employee, store, day).isEmpty()) {
      throw new RuleRefused("employeeCode", "service.employeeNotInStore");
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into showroom_visit (store_code, employee_code, visited_at, visited_on,"
                + " customer_name, customer_phone, purpose, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            store,
            employee,
            v.visitedAt(),
            day,
            ServiceInput.blankToNull(v.customerName()),
            phone,
            ServiceInput.blankToNull(v.purpose()),
            scope.username(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return new Visit(
        keys.getKey().longValue(),
        store,
        employee,
        v.visitedAt().toInstant(),
        ServiceInput.blankToNull(v.customerName()),
        phone,
        ServiceInput.blankToNull(v.purpose()));
  }

  /** The store's registered visits of the month in time order, for its managers and group CS. */
  @Transactional(readOnly = true)
  public List<Visit> visits(AccessScope scope, String storeCode, YearMonth month) {
    long storeId =
        organization.storeId(storeCode).orElseThrow(() -> new kefu.platform.NotFound(storeCode));
    if (!scope.admitsStore(storeId) || scope.confinedToEmployee().isPresent()) {
      throw new kefu.platform.NotFound("store " + storeCode);
    }
    return jdbc.sql(
            "select id, store_code, employee_code, visited_at, customer_name, customer_phone,"
                + " purpose from showroom_visit where store_code = ? and visited_on between ? and ?"
                + " order by visited_at, id")
        .params(storeCode, month.atDay(1), month.atEndOfMonth())
        .query(
            (rs, n) ->
                new Visit(
                    rs.getLong("id"),
                    rs.getString("store_code"),
                    rs.getString("employee_code"),
                    rs.getObject("visited_at", OffsetDateTime.class).toInstant(),
                    rs.getString("customer_name"),
                    rs.getString("customer_phone"),
                    rs.getString("purpose")))
        .list();
  }

  /**
   * Records an audit of the employee's registrations: {@code falseOrMissed} customers become one
   * §2A incident of that quantity, {@code inconsistentItems} items one §2B incident; a count of 0
   * creates none. The audit and its incidents are saved together or not at all.
   */
  @Transactional
  public Audit audit(AccessScope scope, NewAudit a) {
    List<FieldProblem> problems = new ArrayList<>();
    ServiceInput.required(problems, "storeCode", a.storeCode());
    ServiceInput.required(problems, "employeeCode", a.employeeCode());
    ServiceInput.required(problems, "auditedAt", a.auditedAt());
    int falseOrMissed = count(problems, "falseOrMissed", a.falseOrMissed());
    int inconsistent = count(problems, "inconsistentItems", a.inconsistentItems());
    InputRules.checkText(problems, "note", a.note(), 800, true);
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    String store = a.storeCode().strip();
    String employee = a.employeeCode().strip();
    requireWritable(scope, store);
    List<Incident> incidents = new ArrayList<>();
    Optional<Incident> first = incident(scope, FALSE_OR_MISSED, store, employee, a, falseOrMissed);
    first.ifPresent(incidents::add);
    Optional<Incident> second = incident(scope, INCONSISTENT, store, employee, a, inconsistent);
    second.ifPresent(incidents::add);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into showroom_audit (store_code, employee_code, audited_at, false_or_missed,"
                + " inconsistent_items, note, false_or_missed_incident, inconsistent_incident,"
                + " audited_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            store,
            employee,
            a.auditedAt(),
            falseOrMissed,
            inconsistent,
            ServiceInput.blankToNull(a.note()),
            first.map(Incident::getId).orElse(null),
            second.map(Incident::getId).orElse(null),
            scope.username(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return new Audit(keys.getKey().longValue(), incidents);
  }

  private Optional<Incident> incident(
      AccessScope scope, String type, String store, String employee, NewAudit a, int quantity) {
    if (quantity == 0) {
      return Optional.empty();
    }
    return Optional.of(
        recordIncident.record(
            scope,
            new RecordIncident.Params(
                type,
                store,
                employee,
                a.auditedAt(),
                quantity,
                null,
                null,
                ServiceInput.blankToNull(a.note()))));
  }

  private void requireWritable(AccessScope scope, String store) {
    long storeId =
        organization
            .storeId(store)
            .orElseThrow(() -> new BadInput("storeCode", "service.unknownStore"));
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + store + " is outside your scope");
    }
  }

  private static int count(List<FieldProblem> problems, String field, Integer value) {
    if (value == null) {
      return 0;
    }
    if (value < 0) {
      problems.add(new FieldProblem(field, "validation.outOfRange"));
      return 0;
    }
    if (value > 9_999) {
      problems.add(new FieldProblem(field, "validation.tooLarge"));
      return 0;
    }
    return value;
  }
}
