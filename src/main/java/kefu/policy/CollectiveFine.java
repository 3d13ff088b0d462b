package kefu.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import kefu.shared.Money;

/**
 * A fine on a whole department: every employee holding one of {@code positions} at the incident's
 * store on the incident date pays {@code percentOfMonthlyPay} percent of their own monthly pay, per
 * unit (doc 000 §3: the CS department pays 10% for an unreported important complaint).
 */
record CollectiveFine(BigDecimal percentOfMonthlyPay, List<String> positions) implements Rule {

  /** The role a collective charge is made in. */
  public static final String ROLE = "DEPARTMENT_MEMBER";

  CollectiveFine {
    Objects.requireNonNull(percentOfMonthlyPay, "percentOfMonthlyPay");
    positions = List.copyOf(positions);
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "percentOfMonthlyPay", "positions");
    BigDecimal percent = fields.decimal("percentOfMonthlyPay", true, 2);
    if (percent != null
        && (percent.signum() == 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      fields.problem("percentOfMonthlyPay", "must be above 0 and at most 100");
      percent = null;
    }
    List<String> members =
        fields.texts("positions", true, pack.positions()::contains, "a position");
    return percent == null || members.isEmpty() ? null : new CollectiveFine(percent, members);
  }

  @Override
  public String employeeProblem(EmployeeRequirement employee) {
    return employee == EmployeeRequirement.REQUIRED
        ? "must not be REQUIRED for a store-level collective fine"
        : null;
  }

  @Override
  public String describe(RuleWords words) {
    return words.say(
        "policy.rule.collective",
        RuleWords.number(percentOfMonthlyPay),
        words.positions(positions));
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    charges(incident, month.lookup(), month::monthlyPay)
        .forEach(c -> month.charge(cause, incident, c));
  }

  /**
   * One charge per member; {@code monthlyPay} answers null for someone whose pay is unknown, who is
   * then charged 0 with a note saying so.
   */
  List<Charge> charges(
      Occurrence incident, AssignmentLookup lookup, Function<String, Money> monthlyPay) {
    Set<String> members = new LinkedHashSet<>();
    for (String position : positions) {
      members.addAll(lookup.holders(incident.storeCode(), position, incident.occurredOn()));
    }
    String share = percentOfMonthlyPay.stripTrailingZeros().toPlainString();
    List<Charge> charges = new ArrayList<>();
    for (String member : members) {
      Money pay = monthlyPay.apply(member);
      if (pay == null) {
        charges.add(new Charge(member, ROLE, Money.ZERO, Note.of("collectiveNoPay", share)));
      } else {
        Money fine = pay.percent(percentOfMonthlyPay).times(incident.quantity());
        charges.add(new Charge(member, ROLE, fine, Note.of("collective", share)));
      }
    }
    return charges;
  }
}
