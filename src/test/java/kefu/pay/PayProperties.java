package kefu.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kefu.assessment.ladder.Levels.LevelPay;
import kefu.organization.AssignmentPeriod;
import kefu.pay.MonthPay.Cited;
import kefu.pay.MonthPay.Employment;
import kefu.settlement.MonthEarning;
import kefu.shared.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What must hold for any month of pay: a slip's net is the sum of its lines, and pro-rating never
 * pays more than the full amount. Each property is checked on months generated from a seeded {@link
 * Random} (ADR 0004); a failure names the seed that replays it ({@code -Dkefu.seed=…}).
 */
class PayProperties {

  static final int CASES = 200;
  static final Optional<Cited<PayRules>> RULES = MonthPayTest.RULES;

  static long seed() {
    String fixed = System.getProperty("kefu.seed");
    return fixed != null ? Long.parseLong(fixed) : new SecureRandom().nextLong();
  }

  static Stream<DynamicTest> cases(String name, java.util.function.Consumer<Random> property) {
    long first = seed();
    return Stream.iterate(first, s -> s + 1)
        .limit(CASES)
        .map(s -> dynamicTest(name + " (seed " + s + ")", () -> property.accept(new Random(s))));
  }

  static Money money(Random r, int max) {
    return Money.of(BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2));
  }

  /** A month of people who join, leave and move, some with a level, with sales and rewards. */
  static List<MonthEarning> month(Random r, YearMonth month) {
    List<AssignmentPeriod> posts = new ArrayList<>();
    Map<String, Money> salaries = new java.util.HashMap<>();
    Map<String, LevelPay> levels = new java.util.HashMap<>();
    int people = 1 + r.nextInt(12);
    for (int i = 0; i < people; i++) {
      String code = "E" + i;
      int from = 1 + r.nextInt(month.lengthOfMonth());
      int to = from + r.nextInt(month.lengthOfMonth() - from + 1);
      LocalDate start = r.nextBoolean() ? month.atDay(1).minusYears(1) : month.atDay(from);
      LocalDate end = r.nextBoolean() ? null : month.atDay(to);
      if (end != null && end.isBefore(start)) {
        end = null;
      }
      posts.add(new AssignmentPeriod(code, "S0" + r.nextInt(3), "CS_AGENT", start, end));
      if (r.nextInt(4) > 0) {
        salaries.put(code, money(r, 9000));
      }
      if (r.nextInt(3) == 0) {
        levels.put(
            code, new LevelPay(code, "JUNIOR", money(r, 5000), "cs-promotion-ladder", 1, "§2"));
      }
    }
    List<Employment> employed = MonthPay.employment(month, posts, salaries);
    Cited<PayRules.Commission> commission =
        new Cited<>(RULES.get().terms().commission(), "ecommerce-pay", 1);
    List<MonthPay.Sale> sales = new ArrayList<>();
    List<MonthPay.Reward> rewards = new ArrayList<>();
    for (int i = 0; i < r.nextInt(20); i++) {
      String who = "E" + r.nextInt(people);
      sales.add(new MonthPay.Sale(i, who, money(r, 300000).amount(), commission));
      rewards.add(
          new MonthPay.Reward(
              i, who, RewardType.ECOMMERCE_ARRIVAL, "1", money(r, 300), "callcenter-100", 1, "§3"));
    }
    return MonthPay.of(
        employed, levels, e -> r.nextBoolean() ? RULES : Optional.empty(), sales, rewards);
  }

  @TestFactory
  Stream<DynamicTest> net_is_the_sum_of_its_lines_for_generated_months() {
    return cases(
        "net = sum of lines",
        r -> {
          YearMonth month = YearMonth.of(2020 + r.nextInt(10), 1 + r.nextInt(12));
          Map<String, List<MonthEarning>> byEmployee =
              month(r, month).stream().collect(Collectors.groupingBy(MonthEarning::employeeCode));
          byEmployee.forEach(
              (code, earnings) -> {
                List<PaySlip.Line> fines = new ArrayList<>();
                for (int i = 0; i < r.nextInt(4); i++) {
                  fines.add(
                      new PaySlip.Line(
                          PaySlip.Kind.FINE, "group-cs-2010", 1, "§1", "X", money(r, 500), null));
                }
                PaySlip slip = PaySlip.of(earnings, fines);
                Money sum =
                    slip.lines().stream().map(PaySlip.Line::signed).reduce(Money.ZERO, Money::plus);
                assertThat(slip.net()).isEqualTo(sum);
                assertThat(slip.lines()).hasSize(earnings.size() + fines.size());
                Money parts =
                    Stream.of(PaySlip.Kind.values())
                        .filter(k -> k != PaySlip.Kind.FINE)
                        .map(slip::total)
                        .reduce(Money.ZERO, Money::plus);
                assertThat(parts)
                    .isEqualTo(
                        earnings.stream()
                            .map(MonthEarning::amount)
                            .reduce(Money.ZERO, Money::plus));
              });
        });
  }

  @TestFactory
  Stream<DynamicTest> prorating_never_exceeds_the_full_amount() {
    return cases(
        "pro-rated ≤ full",
        r -> {
          YearMonth month = YearMonth.of(2020 + r.nextInt(10), 1 + r.nextInt(12));
          Money full = money(r, 20000);
          int days = 1 + r.nextInt(month.lengthOfMonth());
          Money part = MonthPay.proRated(full, days, month.lengthOfMonth());
          assertThat(part).isLessThanOrEqualTo(full);
          assertThat(part.amount().signum()).isGreaterThanOrEqualTo(0);
          assertThat(MonthPay.proRated(full, month.lengthOfMonth(), month.lengthOfMonth()))
              .isEqualTo(full);
          Employment e = new Employment("E1", "S01", days, month.lengthOfMonth(), full);
          assertThat(MonthPay.base(e, null, RULES).orElseThrow().amount())
              .isLessThanOrEqualTo(full);
          assertThat(MonthPay.allowances(e, RULES).get(0).amount())
              .isLessThanOrEqualTo(Money.of("300"));
        });
  }
}
