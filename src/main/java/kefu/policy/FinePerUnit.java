package kefu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kefu.shared.Money;

/**
 * A fine per unit of the incident (occurrence, day, customer, item…): the quantity multiplies each
 * amount. Amounts cascade over roles: the responsible employee, and posts resolved at the
 * incident's store on the incident date; a post held by nobody that day may fall back to another
 * post (doc 000 §1: no CS manager → the store manager pays).
 */
public record FinePerUnit(List<RoleAmount> amounts) implements Rule {

  /**
   * The amount one role owes per unit; {@code fallbackPosition} (nullable) is charged instead when
   * nobody holds {@code role} that day.
   */
  public record RoleAmount(String role, Money amount, String fallbackPosition) {
    public RoleAmount {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(amount, "amount");
    }
  }

  public FinePerUnit {
    amounts = List.copyOf(amounts);
  }

  @Override
  public RuleKind kind() {
    return RuleKind.FINE_PER_UNIT;
  }

  /** Whether the rule fines the incident's own employee. */
  public boolean finesResponsible() {
    return amounts.stream().anyMatch(a -> a.role().equals(Positions.RESPONSIBLE));
  }

  /** The fines this incident causes, in the order of the amounts. */
  public List<Charge> charges(Occurrence incident, Staffing staffing) {
    List<Charge> charges = new ArrayList<>();
    for (RoleAmount roleAmount : amounts) {
      Money fine = roleAmount.amount().times(incident.quantity());
      if (roleAmount.role().equals(Positions.RESPONSIBLE)) {
        if (incident.employeeCode() != null) {
          charges.add(
              new Charge(
                  incident.employeeCode(), Positions.RESPONSIBLE, fine, Note.of("responsible")));
        }
        continue;
      }
      List<String> holders =
          staffing.holders(incident.storeCode(), roleAmount.role(), incident.date());
      if (!holders.isEmpty() || roleAmount.fallbackPosition() == null) {
        for (String holder : holders) {
          charges.add(
              new Charge(holder, roleAmount.role(), fine, Note.of("asRole", roleAmount.role())));
        }
        continue;
      }
      String fallback = roleAmount.fallbackPosition();
      for (String holder : staffing.holders(incident.storeCode(), fallback, incident.date())) {
        charges.add(
            new Charge(holder, fallback, fine, Note.of("asFallback", fallback, roleAmount.role())));
      }
    }
    return charges;
  }
}
