package kefu.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kefu.organization.Position;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPackInvalidException;
import kefu.policy.PolicyPackParser;
import org.junit.jupiter.api.Test;

/** The {@code rewards} and {@code pay} sections as the built-in packs carry them, and refusals. */
class PackSectionsTest {

  static PolicyPack parse(String resource, String from, String to) {
    String yaml = BuiltInPacks.yaml(resource);
    assertThat(yaml).contains(from);
    return new PolicyPackParser().parse(yaml.replace(from, to), "edited");
  }

  @Test
  void callcenter_100_rewards_invitations_by_grade_arrivals_and_signings_by_band() {
    RewardTiers tiers =
        BuiltInPacks.byId("callcenter-100").orElseThrow().section(RewardTiers.class).orElseThrow();
    RewardTiers.Tier invitation = tiers.tier(RewardType.EVENT_INVITATION).orElseThrow();
    assertThat(invitation.clause()).isEqualTo("§3");
    assertThat(invitation.forGrade("A"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("300.00"));
    assertThat(invitation.forGrade("C"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("100.00"));
    assertThat(invitation.forGrade("D")).isEmpty();
    assertThat(tiers.tier(RewardType.ECOMMERCE_ARRIVAL).orElseThrow().forArrivals(7))
        .hasToString("21.00");
    RewardTiers.Tier signing = tiers.tier(RewardType.ECOMMERCE_SIGNING).orElseThrow();
    assertThat(signing.bands()).hasSize(3);
    assertThat(signing.bands().get(2).below()).isNull();
  }

  @Test
  void ecommerce_pay_has_a_meal_allowance_of_300_and_2_percent_commission() {
    PayRules rules =
        BuiltInPacks.byId("ecommerce-pay").orElseThrow().section(PayRules.class).orElseThrow();
    assertThat(rules.baseClause()).isEqualTo("§3");
    assertThat(rules.allowances())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo("MEAL_ALLOWANCE");
              assertThat(a.monthly()).isEqualByComparingTo("300");
              assertThat(a.proRated()).isTrue();
              assertThat(a.clause()).isEqualTo("§4");
            });
    assertThat(rules.commission().percentOfOwnSales()).isEqualByComparingTo(BigDecimal.valueOf(2));
    assertThat(rules.commission().clause()).isEqualTo("§5");
  }

  @Test
  void a_signing_band_bound_that_does_not_ascend_is_refused_with_its_line() {
    assertThatThrownBy(
            () ->
                parse(
                    "callcenter-100.yaml",
                    "{ below: 200000, amount: 50 }",
                    "{ below: 90000, amount: 50 }"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("rewards[2].byContractAmount[1].below")
        .hasMessageContaining("ascend");
  }

  @Test
  void the_last_signing_band_may_not_have_a_bound() {
    assertThatThrownBy(
            () -> parse("callcenter-100.yaml", "{ amount: 60 }", "{ below: 500000, amount: 60 }"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("byContractAmount[2].below");
  }

  @Test
  void a_reward_type_is_read_with_only_its_own_field() {
    assertThatThrownBy(
            () -> parse("callcenter-100.yaml", "perArrival: 3", "perArrival: 3\n    byGrade: []"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("rewards[1].byGrade")
        .hasMessageContaining("unknown field");
    assertThatThrownBy(() -> parse("callcenter-100.yaml", "type: ECOMMERCE_ARRIVAL", "type: CAKE"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("rewards[1].type");
  }

  @Test
  void a_reward_citing_a_clause_the_pack_lacks_is_refused() {
    assertThatThrownBy(
            () ->
                parse(
                    "callcenter-100.yaml",
                    "    clause: \"§3\"\n    perArrival",
                    "    clause: \"§9\"\n    perArrival"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("names no clause of this pack: §9");
  }

  @Test
  void pay_refuses_a_negative_allowance_a_repeated_code_and_a_commission_over_100_percent() {
    assertThatThrownBy(() -> parse("ecommerce-pay.yaml", "monthly: 300", "monthly: -300"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("pay.allowances[0].monthly");
    assertThatThrownBy(
            () -> parse("ecommerce-pay.yaml", "percentOfOwnSales: 2", "percentOfOwnSales: 200"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("at most 100");
    String twice =
        """
            - code: MEAL_ALLOWANCE
              clause: "§4"
              monthly: 300
              proRated: true
        """;
    assertThatThrownBy(() -> parse("ecommerce-pay.yaml", "  commission:", twice + "  commission:"))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("repeats allowance MEAL_ALLOWANCE");
  }

  @Test
  void ecommerce_pay_pays_no_built_in_post_per_order() {
    PayRules rules =
        BuiltInPacks.byId("ecommerce-pay").orElseThrow().section(PayRules.class).orElseThrow();
    assertThat(rules.orderCommissions()).isEmpty();
    assertThat(rules.orderCommission(Position.CS_AGENT)).isEmpty();
  }

  @Test
  void a_version_may_pay_a_post_per_order_each_post_once_with_a_clause_of_the_pack() {
    String perOrder =
        """
          orderCommissions:
            - position: FRONT_DESK
              clause: "§5"
              perOrder: 0.5
        """;
    PayRules rules =
        parse("ecommerce-pay.yaml", "  orderCommissions: []\n", perOrder)
            .section(PayRules.class)
            .orElseThrow();
    assertThat(rules.orderCommission(Position.FRONT_DESK))
        .hasValueSatisfying(
            o -> {
              assertThat(o.perOrder()).isEqualByComparingTo("0.5");
              assertThat(o.clause()).isEqualTo("§5");
            });
    assertThat(rules.orderCommission(Position.CS_AGENT)).isEmpty();
    assertThat(rules.commission().percentOfOwnSales()).isEqualByComparingTo("2");

    String twice =
        perOrder
            + """
                - position: FRONT_DESK
                  clause: "§5"
                  perOrder: 1
            """;
    assertThatThrownBy(() -> parse("ecommerce-pay.yaml", "  orderCommissions: []\n", twice))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("repeats position FRONT_DESK");
    assertThatThrownBy(
            () ->
                parse(
                    "ecommerce-pay.yaml",
                    "  orderCommissions: []\n",
                    perOrder.replace("FRONT_DESK", "LOGISTICS")))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("pay.orderCommissions[0].position");
    assertThatThrownBy(
            () ->
                parse(
                    "ecommerce-pay.yaml",
                    "  orderCommissions: []\n",
                    perOrder.replace("0.5", "-1")))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("pay.orderCommissions[0].perOrder");
    assertThatThrownBy(
            () ->
                parse(
                    "ecommerce-pay.yaml", "  orderCommissions: []\n", perOrder.replace("§5", "§9")))
        .isInstanceOf(PolicyPackInvalidException.class)
        .hasMessageContaining("names no clause of this pack: §9");
  }

  @Test
  void an_allowance_need_not_be_prorated() {
    PayRules rules =
        parse("ecommerce-pay.yaml", "proRated: true", "proRated: false")
            .section(PayRules.class)
            .orElseThrow();
    assertThat(rules.allowances().get(0).proRated()).isFalse();
  }
}
