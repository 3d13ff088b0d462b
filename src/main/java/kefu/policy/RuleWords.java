package kefu.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The words a rule describes itself with, in one language and for one pack: message keys filled
 * with the rule's own values, so an edited pack reads as correctly as a built-in one.
 */
interface RuleWords {

  /** The message {@code key} with {@code args}. */
  String say(String key, Object... args);

  /** {@link Positions#RESPONSIBLE} as "the responsible person", any other role as its position. */
  String role(String role);

  /** A position's name where the organization names it; a configured one shows its code. */
  String position(String code);

  /** The label of one of the pack's incident types, or its code when the pack has no such type. */
  String typeLabel(String code);

  /** Positions' names as a list. */
  String positions(List<String> codes);

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
