package kefu.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kefu.platform.FieldProblem;
import kefu.shared.Money;

/**
 * What a reward entry is worth under the tiers in force, and what is wrong with its fields: each
 * type takes exactly its one field (the grade, the arrivals, the contract amount) and refuses the
 * other two, so a figure typed into the wrong field is never silently dropped.
 */
final class RewardValuation {

  /** More arrivals than this in one entry is a typing slip. */
  static final int MAX_ARRIVALS = 9_999;

  /** Contract amounts are kept in a numeric(14,2) column. */
  private static final BigDecimal MAX_CONTRACT = new BigDecimal("999999999999.99");

  private RewardValuation() {}

  /** The fields of one entry that decide its amount, as given. */
  record Draft(RewardType type, String eventGrade, Integer quantity, BigDecimal contractAmount) {}

  /** The problems of the type-specific fields, by field; none when the draft is well formed. */
  static List<FieldProblem> problems(Draft d) {
    List<FieldProblem> problems = new ArrayList<>();
    if (d.type() == null) {
      return problems;
    }
    String own = d.type().field();
    given(problems, own, "eventGrade", d.eventGrade() != null);
    given(problems, own, "quantity", d.quantity() != null);
    given(problems, own, "contractAmount", d.contractAmount() != null);
    if (d.quantity() != null && (d.quantity() < 1 || d.quantity() > MAX_ARRIVALS)) {
      problems.add(new FieldProblem("quantity", "validation.outOfRange"));
    }
    if (d.contractAmount() != null) {
      if (d.contractAmount().signum() <= 0 || d.contractAmount().compareTo(MAX_CONTRACT) > 0) {
        problems.add(new FieldProblem("contractAmount", "pay.amountPositive"));
      } else if (d.contractAmount().stripTrailingZeros().scale() > Money.SCALE) {
        problems.add(new FieldProblem("contractAmount", "validation.decimals"));
      }
    }
    return problems;
  }

  private static void given(List<FieldProblem> problems, String own, String field, boolean given) {
    if (field.equals(own) && !given) {
      problems.add(new FieldProblem(field, "validation.required"));
    } else if (!field.equals(own) && given) {
      problems.add(new FieldProblem(field, "pay.reward.fieldNotForType"));
    }
  }

  /**
   * The amount of a well-formed draft under {@code tier}; a grade the tier does not list is refused
   * on {@code eventGrade}.
   */
  static Money amount(RewardTiers.Tier tier, Draft d) {
    return switch (d.type()) {
      case EVENT_INVITATION ->
          tier.forGrade(d.eventGrade())
              .orElseThrow(
                  () -> new kefu.platform.BadInput("eventGrade", "pay.reward.unknownGrade"));
      case ECOMMERCE_ARRIVAL -> tier.forArrivals(d.quantity());
      case ECOMMERCE_SIGNING -> tier.forContract(d.contractAmount());
    };
  }

  /** What the entry says besides its amount, as a note argument (grade, arrivals or amount). */
  static String detail(Draft d) {
    return switch (d.type()) {
      case EVENT_INVITATION -> d.eventGrade();
      case ECOMMERCE_ARRIVAL -> String.valueOf(d.quantity());
      case ECOMMERCE_SIGNING -> Money.of(d.contractAmount()).toString();
    };
  }
}
