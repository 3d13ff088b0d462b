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
public record CollectiveFine(BigDecimal percentOfMonthlyPay, List<String> positions)
    implements Rule {

  /** The role a collective charge is made in. */
  public static final String ROLE = "DEPARTMENT_MEMBER";

  public CollectiveFine {
    Objects.requireNonNull(percentOfMonthlyPay, "percentOfMonthlyPay");
    positions = List.copyOf(positions);
  }

  @Override
  public RuleKind kind() {
    return RuleKind.COLLECTIVE_FINE;
  }

  /**
   * One charge per member; {@code monthlyPay} answers null for someone whose pay is unknown, who is
   * then charged 0 with a note saying so.
   */
  public List<Charge> charges(
      Occurrence incident, Staffing staffing, Function<String, Money> monthlyPay) {
    Set<String> members = new LinkedHashSet<>();
    for (String position : positions) {
      members.addAll(staffing.holders(incident.storeCode(), position, incident.date()));
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
