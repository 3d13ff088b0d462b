package kefu.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kefu.shared.Money;

/**
 * A fine per unit of the incident (occurrence, day, customer, item…): the quantity multiplies each
 * amount. Amounts cascade over roles: the responsible employee, and posts resolved at the
 * incident's store on the incident date; a post held by nobody that day may fall back to another
 * post (doc 000 §1: no CS manager → the store manager pays).
 */
record FinePerUnit(List<RoleAmount> amounts) implements Rule {

  /**
   * The amount one role owes per unit; {@code fallbackPosition} (nullable) is charged instead when
   * nobody holds {@code role} that day.
   */
  record RoleAmount(String role, Money amount, String fallbackPosition) {
    RoleAmount {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(amount, "amount");
    }
  }

  FinePerUnit {
    amounts = List.copyOf(amounts);
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "amounts");
    List<RoleAmount> amounts = new ArrayList<>();
    Set<String> roles = new HashSet<>();
    boolean complete = true;
    for (YamlFields a : fields.objects("amounts", true)) {
      a.allowOnly("role", "amount", "fallback");
      String role = a.text("role", true);
      if (role != null && !role.equals(Positions.RESPONSIBLE) && !pack.positions().contains(role)) {
        a.problem("role", "must be RESPONSIBLE or a position, got '" + role + "'");
        role = null;
      }
      if (role != null && !roles.add(role)) {
        a.problem("role", "repeats role " + role);
      }
      BigDecimal amount = a.decimal("amount", true, 2);
      String fallback = a.text("fallback", false);
      if (fallback != null) {
        if (!pack.positions().contains(fallback)) {
          a.problem("fallback", "must be a position, got '" + fallback + "'");
        } else if (Positions.RESPONSIBLE.equals(role) || fallback.equals(role)) {
          a.problem("fallback", "only a position other than the role can stand in for it");
        }
      }
      if (role == null || amount == null) {
        complete = false;
      } else {
        amounts.add(new RoleAmount(role, Money.of(amount), fallback));
      }
    }
    return complete && !amounts.isEmpty() ? new FinePerUnit(amounts) : null;
  }

  @Override
  public String employeeProblem(EmployeeRequirement employee) {
    return finesResponsible() ? DraftChecks.ownEmployee(employee) : null;
  }

  @Override
  public String describe(RuleWords words) {
    return String.join(
        words.say("policy.rule.join"), amounts.stream().map(a -> describe(a, words)).toList());
  }

  private static String describe(RoleAmount a, RuleWords words) {
    String part =
        words.say("policy.rule.fine", words.role(a.role()), RuleWords.number(a.amount().amount()));
    if (a.fallbackPosition() == null) {
      return part;
    }
    return part
        + words.say(
            "policy.rule.fallback", words.role(a.role()), words.position(a.fallbackPosition()));
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    charges(incident, month.lookup()).forEach(c -> month.charge(cause, incident, c));
  }

  /** Whether the rule fines the incident's own employee. */
  boolean finesResponsible() {
    return amounts.stream().anyMatch(a -> a.role().equals(Positions.RESPONSIBLE));
  }

  /** The fines this incident causes, in the order of the amounts. */
  List<Charge> charges(Occurrence incident, AssignmentLookup lookup) {
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
          lookup.holders(incident.storeCode(), roleAmount.role(), incident.occurredOn());
      if (!holders.isEmpty() || roleAmount.fallbackPosition() == null) {
        for (String holder : holders) {
          charges.add(
              new Charge(holder, roleAmount.role(), fine, Note.of("asRole", roleAmount.role())));
        }
        continue;
      }
      String fallback = roleAmount.fallbackPosition();
      for (String holder : lookup.holders(incident.storeCode(), fallback, incident.occurredOn())) {
        charges.add(
            new Charge(holder, fallback, fine, Note.of("asFallback", fallback, roleAmount.role())));
      }
    }
    return charges;
  }
}
