package kefu.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.assessment.ladder.Levels.LevelPay;
import kefu.organization.AssignmentPeriod;
import kefu.pay.MonthPay.Cited;
import kefu.pay.MonthPay.Employment;
import kefu.pay.RewardValuation.Draft;
import kefu.platform.BadInput;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.settlement.MonthEarning;
import kefu.settlement.PayPart;
import kefu.shared.Money;
import org.junit.jupiter.api.Test;

/** Pay as doc 001 and doc 002 variant 6 (SPEC §2.3, §2.6, §8.3) say it, with the built-in packs. */
class MonthPayTest {

  static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  static final PolicyPack CALLCENTER = BuiltInPacks.byId("callcenter-100").orElseThrow();
  static final PolicyPack PAY = BuiltInPacks.byId("ecommerce-pay").orElseThrow();
  static final Optional<Cited<PayRules>> RULES =
      Optional.of(new Cited<>(PAY.section(PayRules.class).orElseThrow(), "ecommerce-pay", 1));

  static Money reward(RewardType type, String grade, Integer quantity, String contract) {
    RewardTiers.Tier tier = CALLCENTER.section(RewardTiers.class).orElseThrow().tier(type).get();
    return RewardValuation.amount(
        tier, new Draft(type, grade, quantity, contract == null ? null : new BigDecimal(contract)));
  }

  static Employment employed(int days, String salary) {
    return new Employment("E1", "S01", days, 31, salary == null ? null : Money.of(salary));
  }

  @Test
  void an_event_graded_a_earns_300_b_200_and_c_100() {
    assertThat(reward(RewardType.EVENT_INVITATION, "A", null, null)).hasToString("300.00");
    assertThat(reward(RewardType.EVENT_INVITATION, "B", null, null)).hasToString("200.00");
    assertThat(reward(RewardType.EVENT_INVITATION, "C", null, null)).hasToString("100.00");
  }

  @Test
  void an_event_grade_the_pack_does_not_list_is_refused_on_event_grade() {
    assertThatThrownBy(() -> reward(RewardType.EVENT_INVITATION, "D", null, null))
        .isInstanceOf(BadInput.class)
        .satisfies(
            e -> assertThat(((BadInput) e).problems().get(0).field()).isEqualTo("eventGrade"));
  }

  @Test
  void seven_arrivals_on_site_earn_3_each() {
    assertThat(reward(RewardType.ECOMMERCE_ARRIVAL, null, 7, null)).hasToString("21.00");
  }

  @Test
  void a_signing_below_100000_earns_30() {
    assertThat(reward(RewardType.ECOMMERCE_SIGNING, null, null, "99999.99")).hasToString("30.00");
  }

  @Test
  void a_signing_of_exactly_100000_earns_50() {
    assertThat(reward(RewardType.ECOMMERCE_SIGNING, null, null, "100000")).hasToString("50.00");
  }

  @Test
  void a_signing_of_exactly_200000_earns_60() {
    assertThat(reward(RewardType.ECOMMERCE_SIGNING, null, null, "199999.99")).hasToString("50.00");
    assertThat(reward(RewardType.ECOMMERCE_SIGNING, null, null, "200000.00")).hasToString("60.00");
  }

  @Test
  void each_reward_type_takes_its_own_field_and_refuses_the_others() {
    assertThat(RewardValuation.problems(new Draft(RewardType.ECOMMERCE_ARRIVAL, "A", null, null)))
        .extracting(p -> p.field() + ":" + p.message())
        .containsExactlyInAnyOrder(
            "eventGrade:pay.reward.fieldNotForType", "quantity:validation.required");
    assertThat(
            RewardValuation.problems(
                new Draft(RewardType.ECOMMERCE_SIGNING, null, null, new BigDecimal("1.005"))))
        .extracting(p -> p.field() + ":" + p.message())
        .containsExactly("contractAmount:validation.decimals");
    assertThat(
            RewardValuation.problems(
                new Draft(RewardType.ECOMMERCE_SIGNING, null, null, BigDecimal.ZERO)))
        .extracting(p -> p.field())
        .containsExactly("contractAmount");
    assertThat(RewardValuation.problems(new Draft(RewardType.ECOMMERCE_ARRIVAL, null, 0, null)))
        .extracting(p -> p.field())
        .containsExactly("quantity");
  }

  @Test
  void commission_is_2_percent_of_own_completed_sales() {
    Cited<PayRules.Commission> terms =
        new Cited<>(RULES.get().terms().commission(), "ecommerce-pay", 1);
    List<MonthEarning> earnings =
        MonthPay.commissions(
            List.of(
                new MonthPay.Sale(1, "E1", new BigDecimal("7000.00"), terms),
                new MonthPay.Sale(2, "E1", new BigDecimal("5000.00"), terms),
                new MonthPay.Sale(3, "E2", new BigDecimal("100.25"), terms)));
    assertThat(earnings)
        .extracting(MonthEarning::employeeCode, e -> e.amount().toString(), MonthEarning::clause)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E1", "240.00", "§5"),
            org.assertj.core.groups.Tuple.tuple("E2", "2.01", "§5"));
    assertThat(earnings.get(0).note()).isEqualTo("note.salesCommission|2|12000.00|1,2");
  }

  @Test
  void a_post_paid_per_order_earns_the_fixed_amount_times_its_completed_orders() {
    Cited<PayRules.OrderCommission> logistics =
        new Cited<>(
            new PayRules.OrderCommission(
                kefu.organization.Position.FRONT_DESK, "§5", new BigDecimal("0.5")),
            "ecommerce-pay",
            2);
    List<MonthEarning> earnings =
        MonthPay.orderCommissions(
            List.of(
                new MonthPay.Order(4, "F1", logistics),
                new MonthPay.Order(5, "F1", logistics),
                new MonthPay.Order(9, "F1", logistics),
                new MonthPay.Order(6, "F2", logistics)));
    assertThat(earnings)
        .extracting(
            MonthEarning::employeeCode,
            e -> e.amount().toString(),
            MonthEarning::type,
            MonthEarning::part,
            MonthEarning::packVersion)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "F1", "1.50", "ORDER_COMMISSION", PayPart.COMMISSION, 2),
            org.assertj.core.groups.Tuple.tuple(
                "F2", "0.50", "ORDER_COMMISSION", PayPart.COMMISSION, 2));
    assertThat(earnings.get(0).note()).isEqualTo("note.orderCommission|3|0.50|4,5,9");
    assertThat(MonthPay.orderCommissions(List.of())).isEmpty();
  }

  @Test
  void the_month_lists_order_commissions_after_the_sales_commission() {
    Cited<PayRules.OrderCommission> perOrder =
        new Cited<>(
            new PayRules.OrderCommission(
                kefu.organization.Position.FRONT_DESK, "§5", BigDecimal.ONE),
            "ecommerce-pay",
            1);
    Cited<PayRules.Commission> percent =
        new Cited<>(RULES.get().terms().commission(), "ecommerce-pay", 1);
    List<MonthEarning> earnings =
        MonthPay.of(
            List.of(),
            java.util.Map.of(),
            e -> java.util.Optional.empty(),
            List.of(new MonthPay.Sale(1, "E1", new BigDecimal("100.00"), percent)),
            List.of(new MonthPay.Order(2, "F1", perOrder), new MonthPay.Order(3, "F1", perOrder)),
            List.of());
    assertThat(earnings)
        .extracting(MonthEarning::employeeCode, MonthEarning::type, e -> e.amount().toString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E1", "SALES_COMMISSION", "2.00"),
            org.assertj.core.groups.Tuple.tuple("F1", "ORDER_COMMISSION", "2.00"));
  }

  @Test
  void meal_allowance_is_prorated_by_calendar_days_employed() {
    assertThat(MonthPay.allowances(employed(31, "3000"), RULES))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.amount()).hasToString("300.00");
              assertThat(a.part()).isEqualTo(PayPart.ALLOWANCE);
              assertThat(a.type()).isEqualTo("MEAL_ALLOWANCE");
              assertThat(a.packId()).isEqualTo("ecommerce-pay");
              assertThat(a.clause()).isEqualTo("§4");
            });
    // ten days of October's 31: 300 × 10 / 31 = 96.774… → 96.77
    assertThat(MonthPay.allowances(employed(10, "3000"), RULES).get(0).amount())
        .hasToString("96.77");
  }

  @Test
  void no_allowance_where_no_pay_pack_is_in_force() {
    assertThat(MonthPay.allowances(employed(31, "3000"), Optional.empty())).isEmpty();
  }

  @Test
  void base_salary_is_prorated_by_calendar_days_employed_and_cites_the_pay_pack() {
    MonthEarning base = MonthPay.base(employed(16, "3100"), null, RULES).orElseThrow();
    assertThat(base.amount()).hasToString("1600.00");
    assertThat(base.type()).isEqualTo(MonthPay.BASE_SALARY);
    assertThat(base.clause()).isEqualTo("§3");
    assertThat(base.note()).isEqualTo("note.baseSalary|16|31");
    assertThat(MonthPay.base(employed(31, "3100"), null, Optional.empty()).orElseThrow())
        .satisfies(
            b -> {
              assertThat(b.amount()).hasToString("3100.00");
              assertThat(b.packId()).isNull();
            });
  }

  @Test
  void the_ladder_level_pay_takes_the_place_of_the_base_salary() {
    LevelPay junior =
        new LevelPay("E1", "JUNIOR", Money.of("2200"), "cs-promotion-ladder", 1, "§2");
    MonthEarning base = MonthPay.base(employed(31, "3000"), junior, RULES).orElseThrow();
    assertThat(base.amount()).hasToString("2200.00");
    assertThat(base.type()).isEqualTo(MonthPay.LEVEL_PAY);
    assertThat(base.packId()).isEqualTo("cs-promotion-ladder");
    assertThat(base.note()).isEqualTo("note.levelPay|JUNIOR|31|31");
  }

  @Test
  void someone_without_a_salary_or_level_has_no_base_pay() {
    assertThat(MonthPay.base(employed(31, null), null, RULES)).isEmpty();
  }

  @Test
  void a_joiner_on_the_22nd_counts_10_days_and_a_transfer_keeps_the_month_whole() {
    List<AssignmentPeriod> posts =
        List.of(
            new AssignmentPeriod("E1", "S01", "CS_AGENT", LocalDate.of(2026, 10, 22), null),
            new AssignmentPeriod(
                "E2", "S01", "CS_AGENT", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 14)),
            new AssignmentPeriod("E2", "S02", "CS_AGENT", LocalDate.of(2026, 10, 15), null),
            new AssignmentPeriod(
                "E3", "S01", "CS_AGENT", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 3)));
    List<Employment> people = MonthPay.employment(OCTOBER, posts, Map.of("E1", Money.of("3000")));
    assertThat(people)
        .extracting(Employment::employeeCode, Employment::storeCode, Employment::daysEmployed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E1", "S01", 10),
            org.assertj.core.groups.Tuple.tuple("E2", "S02", 31),
            org.assertj.core.groups.Tuple.tuple("E3", "S01", 3));
    assertThat(people.get(0).baseSalary()).hasToString("3000.00");
    assertThat(people.get(1).baseSalary()).isNull();
  }

  @Test
  void a_reward_entry_is_one_earning_citing_its_clause_and_naming_the_entry() {
    MonthEarning e =
        MonthPay.reward(
            new MonthPay.Reward(
                12,
                "E1",
                RewardType.EVENT_INVITATION,
                "A",
                Money.of("300"),
                "callcenter-100",
                1,
                "§3"));
    assertThat(e.part()).isEqualTo(PayPart.REWARD);
    assertThat(e.type()).isEqualTo("EVENT_INVITATION");
    assertThat(e.note()).isEqualTo("note.reward.EVENT_INVITATION|A|12");
  }
}
