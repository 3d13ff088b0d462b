package kefu.pay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import kefu.assessment.ladder.Levels.LevelPay;
import kefu.organization.AssignmentPeriod;
import kefu.policy.Note;
import kefu.settlement.MonthEarning;
import kefu.settlement.PayPart;
import kefu.shared.Money;

/**
 * A month's pay before fines, worked out without Spring or a database (SPEC §8.3): base pay — the
 * ladder's level pay where the employee has a level, else their base salary — and the allowances,
 * both pro-rated by the calendar days employed; the commission on their own completed sales — a
 * percentage, or a fixed amount per order for the posts the pack names; and one reward per entry.
 * Every earning cites the pack, version and clause behind it.
 */
final class MonthPay {

  static final String LEVEL_PAY = "LEVEL_PAY";
  static final String BASE_SALARY = "BASE_SALARY";
  static final String SALES_COMMISSION = "SALES_COMMISSION";
  static final String ORDER_COMMISSION = "ORDER_COMMISSION";

  private MonthPay() {}

  /** A section's terms with the pack version they come from, for an earning to cite. */
  record Cited<T>(T terms, String packId, int packVersion) {
    Cited {
      Objects.requireNonNull(terms, "terms");
      Objects.requireNonNull(packId, "packId");
    }
  }

  /**
   * Someone employed in the month: the store of their last post in it, the calendar days they held
   * a post, and their base salary (null when they have none).
   */
  record Employment(
      String employeeCode, String storeCode, int daysEmployed, int daysInMonth, Money baseSalary) {
    Employment {
      Objects.requireNonNull(employeeCode, "employeeCode");
      Objects.requireNonNull(storeCode, "storeCode");
      if (daysEmployed < 1 || daysEmployed > daysInMonth) {
        throw new IllegalArgumentException(daysEmployed + " days of " + daysInMonth);
      }
    }

    boolean wholeMonth() {
      return daysEmployed == daysInMonth;
    }
  }

  /** A completed sale with the commission terms in force where and when it was made. */
  record Sale(long id, String employeeCode, BigDecimal amount, Cited<PayRules.Commission> terms) {}

  /**
   * A completed order (one sale entry) of an employee whose post on its day earns a fixed amount
   * per order, with those terms.
   */
  record Order(long id, String employeeCode, Cited<PayRules.OrderCommission> terms) {}

  /** A reward entry with the amount, pack and clause it earned when it was recorded. */
  record Reward(
      long id,
      String employeeCode,
      RewardType type,
      String detail,
      Money amount,
      String packId,
      Integer packVersion,
      String clause) {}

  /**
   * Who was employed in the month and for how many calendar days, from their posts (a transfer
   * within the month leaves the days whole); the store is that of the last post in the month.
   */
  static List<Employment> employment(
      YearMonth month, List<AssignmentPeriod> posts, Map<String, Money> baseSalaries) {
    Map<String, BitSet> days = new TreeMap<>();
    Map<String, AssignmentPeriod> last = new LinkedHashMap<>();
    LocalDate first = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    for (AssignmentPeriod p : posts) {
      if (!p.overlaps(month)) {
        continue;
      }
      int from = p.from().isBefore(first) ? 1 : p.from().getDayOfMonth();
      int to =
          p.to() == null || p.to().isAfter(end) ? month.lengthOfMonth() : p.to().getDayOfMonth();
      days.computeIfAbsent(p.employeeCode(), k -> new BitSet()).set(from, to + 1);
      AssignmentPeriod seen = last.get(p.employeeCode());
      if (seen == null || !p.from().isBefore(seen.from())) {
        last.put(p.employeeCode(), p);
      }
    }
    List<Employment> result = new ArrayList<>();
    days.forEach(
        (code, set) ->
            result.add(
                new Employment(
                    code,
                    last.get(code).storeCode(),
                    set.cardinality(),
                    month.lengthOfMonth(),
                    baseSalaries.get(code))));
    return result;
  }

  /** Every earning of the month where nobody earns per order. */
  static List<MonthEarning> of(
      List<Employment> people,
      Map<String, LevelPay> levels,
      Function<Employment, Optional<Cited<PayRules>>> rulesAt,
      List<Sale> sales,
      List<Reward> rewards) {
    return of(people, levels, rulesAt, sales, List.of(), rewards);
  }

  /**
   * Every earning of the month: base pay and allowances of everyone employed, the commissions on
   * the sales, those on the orders and the rewards, in that order.
   */
  static List<MonthEarning> of(
      List<Employment> people,
      Map<String, LevelPay> levels,
      Function<Employment, Optional<Cited<PayRules>>> rulesAt,
      List<Sale> sales,
      List<Order> orders,
      List<Reward> rewards) {
    List<MonthEarning> earnings = new ArrayList<>();
    for (Employment e : people) {
      Optional<Cited<PayRules>> rules = rulesAt.apply(e);
      base(e, levels.get(e.employeeCode()), rules).ifPresent(earnings::add);
      earnings.addAll(allowances(e, rules));
    }
    earnings.addAll(commissions(sales));
    earnings.addAll(orderCommissions(orders));
    rewards.forEach(r -> earnings.add(reward(r)));
    return earnings;
  }

  /** {@code monthly} for {@code days} of a month of {@code daysInMonth}, half-up to the fen. */
  static Money proRated(Money monthly, int days, int daysInMonth) {
    if (days == daysInMonth) {
      return monthly;
    }
    return Money.of(
        monthly
            .amount()
            .multiply(BigDecimal.valueOf(days))
            .divide(BigDecimal.valueOf(daysInMonth), Money.SCALE, RoundingMode.HALF_UP));
  }

  /**
   * The base pay: the level pay where the ladder gives the employee a level this month, else the
   * base salary citing the pay pack in force at their store (none when no pay pack is in force
   * there); nothing for someone with neither.
   */
  static Optional<MonthEarning> base(
      Employment e, LevelPay level, Optional<Cited<PayRules>> rules) {
    if (level != null) {
      return Optional.of(
          new MonthEarning(
              e.employeeCode(),
              PayPart.BASE,
              level.packId(),
              level.packVersion(),
              level.clause(),
              LEVEL_PAY,
              proRated(level.monthlyPay(), e.daysEmployed(), e.daysInMonth()),
              Note.of("levelPay", level.level(), e.daysEmployed(), e.daysInMonth())));
    }
    if (e.baseSalary() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MonthEarning(
            e.employeeCode(),
            PayPart.BASE,
            rules.map(Cited::packId).orElse(null),
            rules.map(Cited::packVersion).orElse(null),
            rules.map(r -> r.terms().baseClause()).orElse(null),
            BASE_SALARY,
            proRated(e.baseSalary(), e.daysEmployed(), e.daysInMonth()),
            Note.of("baseSalary", e.daysEmployed(), e.daysInMonth())));
  }

  /** The allowances of the pay pack in force at the employee's store, each pro-rated or not. */
  static List<MonthEarning> allowances(Employment e, Optional<Cited<PayRules>> rules) {
    List<MonthEarning> earnings = new ArrayList<>();
    rules.ifPresent(
        r -> {
          for (PayRules.Allowance a : r.terms().allowances()) {
            Money monthly = Money.of(a.monthly());
            int days = a.proRated() ? e.daysEmployed() : e.daysInMonth();
            earnings.add(
                new MonthEarning(
                    e.employeeCode(),
                    PayPart.ALLOWANCE,
                    r.packId(),
                    r.packVersion(),
                    a.clause(),
                    a.code(),
                    proRated(monthly, days, e.daysInMonth()),
                    Note.of("allowance", a.code(), days, e.daysInMonth())));
          }
        });
    return earnings;
  }

  /**
   * The commission on each employee's own completed sales: one earning per employee and commission
   * terms, the percentage of the sum of those sales, its note naming the sales.
   */
  static List<MonthEarning> commissions(List<Sale> sales) {
    List<MonthEarning> earnings = new ArrayList<>();
    grouped(sales, Sale::employeeCode, Sale::terms)
        .forEach(
            group -> {
              Sale first = group.get(0);
              Cited<PayRules.Commission> terms = first.terms();
              BigDecimal total =
                  group.stream().map(Sale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
              earnings.add(
                  commission(
                      first.employeeCode(),
                      terms,
                      terms.terms().clause(),
                      SALES_COMMISSION,
                      Money.of(total).percent(terms.terms().percentOfOwnSales()),
                      Note.of(
                          "salesCommission",
                          terms.terms().percentOfOwnSales().stripTrailingZeros().toPlainString(),
                          Money.of(total),
                          ids(group.stream().map(Sale::id).toList()))));
            });
    return earnings;
  }

  /**
   * The fixed commission on each employee's completed orders: one earning per employee and terms,
   * the amount per order times the number of orders, its note naming the sale entries.
   */
  static List<MonthEarning> orderCommissions(List<Order> orders) {
    List<MonthEarning> earnings = new ArrayList<>();
    grouped(orders, Order::employeeCode, Order::terms)
        .forEach(
            group -> {
              Order first = group.get(0);
              Cited<PayRules.OrderCommission> terms = first.terms();
              Money perOrder = Money.of(terms.terms().perOrder());
              earnings.add(
                  commission(
                      first.employeeCode(),
                      terms,
                      terms.terms().clause(),
                      ORDER_COMMISSION,
                      perOrder.times(group.size()),
                      Note.of(
                          "orderCommission",
                          group.size(),
                          perOrder,
                          ids(group.stream().map(Order::id).toList()))));
            });
    return earnings;
  }

  /** A commission earning citing the pack version of its terms. */
  private static MonthEarning commission(
      String employee, Cited<?> terms, String clause, String type, Money amount, String note) {
    return new MonthEarning(
        employee,
        PayPart.COMMISSION,
        terms.packId(),
        terms.packVersion(),
        clause,
        type,
        amount,
        note);
  }

  /** One earning per reward entry, as it was valued when recorded. */
  static MonthEarning reward(Reward r) {
    return new MonthEarning(
        r.employeeCode(),
        PayPart.REWARD,
        r.packId(),
        r.packVersion(),
        r.clause(),
        r.type().name(),
        r.amount(),
        Note.of("reward." + r.type().name(), r.detail(), r.id()));
  }

  /** The entries by employee and the terms they earn under, in the order first seen. */
  private static <T> Collection<List<T>> grouped(
      List<T> entries, Function<T, String> employee, Function<T, Cited<?>> terms) {
    Map<List<Object>, List<T>> groups = new LinkedHashMap<>();
    for (T e : entries) {
      Cited<?> t = terms.apply(e);
      groups
          .computeIfAbsent(
              List.of(employee.apply(e), t.packId(), t.packVersion(), t.terms()),
              k -> new ArrayList<>())
          .add(e);
    }
    return groups.values();
  }

  /** Entry ids as a note argument: {@code 3,7,12}. */
  private static String ids(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }
}
