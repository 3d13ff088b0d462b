package kefu.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.incident.IncidentLedger.LedgerRow;
import kefu.organization.AssignmentPeriod;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPackParser;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Test data for one month's close: who works where, which packs are adopted, what happened. Days
 * are given as the day of the scenario's month; the default store is S01.
 */
final class Scenario {
  static final String STORE = "S01";

  private final YearMonth month;
  private final List<AssignmentPeriod> assignments = new ArrayList<>();
  private final Map<String, Money> pay = new HashMap<>();
  private final List<Adoption> adoptions = new ArrayList<>();
  private final List<IncidentSpec> incidents = new ArrayList<>();
  private final Map<String, List<Points>> previous = new HashMap<>();
  private final List<Adjustment> adjustments = new ArrayList<>();
  private final List<MonthEarning> earnings = new ArrayList<>();
  private final List<MonthScore> scores = new ArrayList<>();
  private long nextId = 1;
  private Map<String, EmployeeStatement> settled;

  private Scenario(YearMonth month) {
    this.month = month;
  }

  static Scenario in(String month) {
    return new Scenario(YearMonth.parse(month));
  }

  static PolicyPack groupCs() {
    return BuiltInPacks.byId("group-cs-2010").orElseThrow();
  }

  static PolicyPack ecommerce() {
    return BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();
  }

  /** A copy of a built-in pack as an administrator would edit it: text replaced, re-parsed. */
  static PolicyPack edited(String resource, String... replacements) {
    String yaml = BuiltInPacks.yaml(resource);
    for (int i = 0; i < replacements.length; i += 2) {
      String edited = yaml.replace(replacements[i], replacements[i + 1]);
      if (edited.equals(yaml)) {
        throw new IllegalArgumentException("not in the pack: " + replacements[i]);
      }
      yaml = edited;
    }
    return new PolicyPackParser().parse(yaml, resource + " (edited)");
  }

  LocalDate day(int day) {
    return month.atDay(day);
  }

  Scenario adopt(PolicyPack pack, String from, String... stores) {
    adoptions.add(
        new Adoption(pack, LocalDate.parse(from), stores.length == 0 ? null : Set.of(stores)));
    return this;
  }

  /** Adopts the pack for all stores from the first of the scenario month. */
  Scenario adopt(PolicyPack pack) {
    return adopt(pack, month.atDay(1).toString());
  }

  /** {@code employee} holds {@code position} at S01 for the whole month and beyond. */
  Scenario staff(String employee, String position) {
    return staff(employee, STORE, position);
  }

  Scenario staff(String employee, String store, String position) {
    assignments.add(
        new AssignmentPeriod(employee, store, position, month.atDay(1).minusYears(1), null));
    return this;
  }

  /** An assignment between two dates (null = open). */
  Scenario assign(String employee, String store, String position, String from, String to) {
    assignments.add(
        new AssignmentPeriod(
            employee,
            store,
            position,
            LocalDate.parse(from),
            to == null ? null : LocalDate.parse(to)));
    return this;
  }

  Scenario pay(String employee, String amount) {
    pay.put(employee, Money.of(amount));
    return this;
  }

  /** Remaining points of the months before, most recent first. */
  Scenario previously(String employee, String... remaining) {
    previous.put(
        employee,
        java.util.Arrays.stream(remaining).map(r -> r == null ? null : Points.of(r)).toList());
    return this;
  }

  Scenario adjustment(Adjustment adjustment) {
    adjustments.add(adjustment);
    return this;
  }

  /** What another module pays {@code employee} this month, citing pack P §1. */
  Scenario earns(String employee, PayPart part, String type, String amount) {
    earnings.add(
        new MonthEarning(employee, part, "P", 1, "§1", type, Money.of(amount), type + " note"));
    settled = null;
    return this;
  }

  /** The scorecard result of {@code employee} (null = incomplete card). */
  Scenario scored(String employee, String score, String... flags) {
    scores.add(
        new MonthScore(
            employee,
            score == null ? null : new BigDecimal(score),
            List.of(flags),
            "S",
            1,
            "§2",
            null));
    settled = null;
    return this;
  }

  IncidentSpec incident(String type) {
    IncidentSpec spec = new IncidentSpec(nextId++, type);
    incidents.add(spec);
    settled = null;
    return spec;
  }

  SettlementInput input() {
    List<LedgerRow> facts = incidents.stream().map(IncidentSpec::fact).toList();
    return new SettlementInput(
        month,
        assignments,
        pay,
        adoptions,
        facts,
        previous,
        adjustments,
        new Contributions(List.of(), earnings, scores));
  }

  List<EmployeeStatement> settle() {
    return new SettlementCalculator().settle(input());
  }

  EmployeeStatement statementOf(String employee) {
    if (settled == null) {
      settled = new LinkedHashMap<>();
      settle().forEach(s -> settled.put(s.employeeCode(), s));
    }
    EmployeeStatement statement = settled.get(employee);
    if (statement == null) {
      throw new AssertionError("no statement for " + employee + "; have " + settled.keySet());
    }
    return statement;
  }

  Money fineOf(String employee) {
    return statementOf(employee).fineTotal();
  }

  /** The month's fine totals of the employees, in the order named. */
  List<Money> finesOf(String... employees) {
    return java.util.Arrays.stream(employees).map(this::fineOf).toList();
  }

  Points deductedOf(String employee) {
    return statementOf(employee).pointsDeducted();
  }

  Points remainingOf(String employee) {
    return statementOf(employee).pointsRemaining();
  }

  /** One incident being described; everything not said takes a sensible default. */
  final class IncidentSpec {
    private long id;
    private final String type;
    private String store = STORE;
    private String employee;
    private int day = 1;
    private int quantity = 1;
    private Integer minutes;
    private BigDecimal points;
    private boolean appealPending;

    private IncidentSpec(long id, String type) {
      this.id = id;
      this.type = type;
    }

    IncidentSpec id(long id) {
      this.id = id;
      return this;
    }

    IncidentSpec by(String employee) {
      this.employee = employee;
      return this;
    }

    IncidentSpec at(String store) {
      this.store = store;
      return this;
    }

    IncidentSpec on(int day) {
      this.day = day;
      return this;
    }

    IncidentSpec times(int quantity) {
      this.quantity = quantity;
      return this;
    }

    IncidentSpec minutes(int minutes) {
      this.minutes = minutes;
      return this;
    }

    IncidentSpec points(String points) {
      this.points = new BigDecimal(points);
      return this;
    }

    IncidentSpec underAppeal() {
      this.appealPending = true;
      return this;
    }

    /** Adds more incidents like this one on the following days (ids continue). */
    Scenario repeated(int count) {
      for (int i = 1; i < count; i++) {
        IncidentSpec copy = incident(type).by(employee).at(store).on(day + i).times(quantity);
        copy.minutes = minutes;
        copy.points = points;
      }
      return Scenario.this;
    }

    Scenario and() {
      return Scenario.this;
    }

    long id() {
      return id;
    }

    LedgerRow fact() {
      return new LedgerRow(
          id, type, store, employee, month.atDay(day), quantity, minutes, points, appealPending);
    }
  }
}
