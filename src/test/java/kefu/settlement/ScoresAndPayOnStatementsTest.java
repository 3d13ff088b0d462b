package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kefu.shared.Money;
import org.junit.jupiter.api.Test;

/** The close puts what other modules score and pay on the statements, ranked and netted. */
class ScoresAndPayOnStatementsTest {

  private static Scenario team() {
    return Scenario.in("2026-10")
        .staff("E001", "S01", "CS_AGENT")
        .staff("E002", "S01", "CS_AGENT")
        .staff("E003", "S01", "CS_AGENT")
        .staff("E004", "S01", "CS_AGENT")
        .staff("E005", "S02", "CS_AGENT")
        .staff("M001", "S01", "CS_MANAGER")
        .adopt(Scenario.groupCs());
  }

  @Test
  void equal_scores_share_a_rank_and_the_next_rank_skips_in_the_store_and_in_the_group() {
    Scenario s =
        team()
            .scored("E001", "91.0")
            .scored("E002", "86.0")
            .scored("E003", "86.0")
            .scored("E004", "70.0", "NEEDS_IMPROVEMENT")
            .scored("E005", "88.5");

    assertThat(List.of("E001", "E002", "E003", "E004"))
        .map(e -> s.statementOf(e).rankInStore())
        .containsExactly(1, 2, 2, 4);
    assertThat(List.of("E001", "E005", "E002", "E003", "E004"))
        .map(e -> s.statementOf(e).rankInGroup())
        .containsExactly(1, 2, 3, 3, 5);
    assertThat(s.statementOf("E005").rankInStore()).isEqualTo(1);
    assertThat(s.statementOf("E004").score()).isEqualByComparingTo("70.0");
    assertThat(s.statementOf("E004").scoreFlags()).containsExactly("NEEDS_IMPROVEMENT");
  }

  @Test
  void an_incomplete_card_or_no_card_has_no_score_and_no_rank() {
    Scenario s = team().scored("E001", "80.0").scored("E002", null);

    assertThat(s.statementOf("E002").score()).isNull();
    assertThat(s.statementOf("E002").rankInStore()).isNull();
    assertThat(s.statementOf("M001").score()).isNull();
    assertThat(s.statementOf("M001").rankInGroup()).isNull();
    assertThat(s.statementOf("M001").scoreFlags()).isEmpty();
    assertThat(s.statementOf("E001").rankInGroup()).isEqualTo(1);
  }

  @Test
  void net_pay_is_the_parts_earned_less_the_fines_and_rewards_are_lines_citing_their_clause() {
    Scenario s =
        team()
            .earns("E001", PayPart.BASE, "LEVEL_PAY", "2200.00")
            .earns("E001", PayPart.ALLOWANCE, "MEAL_ALLOWANCE", "300.00")
            .earns("E001", PayPart.COMMISSION, "SALES_COMMISSION", "240.00")
            .earns("E001", PayPart.REWARD, "EVENT_INVITATION", "300.00")
            .earns("E001", PayPart.REWARD, "ECOMMERCE_SIGNING", "53.00");
    s.incident("ATTITUDE_COMPLAINT").by("E001").on(3);

    EmployeeStatement st = s.statementOf("E001");
    Pay pay = st.pay();
    assertThat(pay.base()).isEqualTo(Money.of("2200.00"));
    assertThat(pay.allowances()).isEqualTo(Money.of("300.00"));
    assertThat(pay.commission()).isEqualTo(Money.of("240.00"));
    assertThat(pay.rewards()).isEqualTo(Money.of("353.00"));
    assertThat(pay.fines()).isEqualTo(st.fineTotal());
    assertThat(pay.net())
        .isEqualTo(Money.of("3093.00").minus(st.fineTotal()))
        .isEqualTo(
            pay.base()
                .plus(pay.allowances())
                .plus(pay.commission())
                .plus(pay.rewards())
                .minus(pay.fines()));
    assertThat(pay.lines())
        .extracting(Pay.Line::type)
        .containsExactly("LEVEL_PAY", "MEAL_ALLOWANCE", "SALES_COMMISSION");
    List<StatementLine> rewards =
        st.lines().stream().filter(l -> l.earning().amount().signum() > 0).toList();
    assertThat(rewards)
        .extracting(StatementLine::type, StatementLine::clause, StatementLine::earning)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("EVENT_INVITATION", "§1", Money.of("300.00")),
            org.assertj.core.groups.Tuple.tuple("ECOMMERCE_SIGNING", "§1", Money.of("53.00")));
    assertThat(rewards).allMatch(l -> l.fine().equals(Money.ZERO));
  }

  @Test
  void someone_who_earned_nothing_has_no_pay_block() {
    Scenario s = team().earns("E001", PayPart.BASE, "BASE_SALARY", "3000.00");

    assertThat(s.statementOf("E001").pay()).isNotNull();
    assertThat(s.statementOf("E002").pay()).isNull();
  }

  @Test
  void the_collective_ten_percent_is_of_the_pay_before_fines_when_pay_is_earned() {
    Scenario s =
        team()
            .pay("E001", "1000.00")
            .pay("E002", "1000.00")
            .earns("E001", PayPart.BASE, "LEVEL_PAY", "2500.00")
            .earns("E001", PayPart.REWARD, "EVENT_INVITATION", "500.00");
    s.incident("IMPORTANT_COMPLAINT_UNREPORTED").on(12);

    // 10 % of 2500 + 500 earned, not of the 1000 on record
    assertThat(s.fineOf("E001")).isEqualTo(Money.of("300.00"));
    // nothing earned: the pay on record, as before
    assertThat(s.fineOf("E002")).isEqualTo(Money.of("100.00"));
    assertThat(s.statementOf("E001").pay().net())
        .isEqualTo(Money.of("3000.00").minus(s.fineOf("E001")));
  }

  @Test
  void a_score_keeps_its_one_decimal() {
    Scenario s = team().scored("E001", "86.0");
    assertThat(s.statementOf("E001").score()).isEqualTo(new BigDecimal("86.0"));
  }
}
