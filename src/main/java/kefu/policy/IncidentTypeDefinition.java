package kefu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One incident type a clause governs: its label, what its quantity counts, whether it names an
 * employee, and its rule. {@code wholeMonthQuantity} (nullable) is the quantity a whole month
 * missed counts as, where the clause says so (doc 000 §1: 30).
 */
public record IncidentTypeDefinition(
    String code,
    String clause,
    LocalizedText label,
    Unit unit,
    EmployeeRequirement employee,
    Rule rule,
    Integer wholeMonthQuantity) {

  public IncidentTypeDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(rule, "rule");
  }

  /** Why an incident of this type cannot be recorded as given; empty when it can. */
  public List<IncidentProblem> check(IncidentDraft draft) {
    List<IncidentProblem> problems = new ArrayList<>();
    boolean named = draft.employeeCode() != null && !draft.employeeCode().isBlank();
    if (employee == EmployeeRequirement.REQUIRED && !named) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.EMPLOYEE_REQUIRED,
              "employeeCode",
              code + " must name the responsible employee"));
    }
    if (employee == EmployeeRequirement.NONE && named) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.EMPLOYEE_NOT_ALLOWED,
              "employeeCode",
              code + " is a store-level incident and names no employee"));
    }
    if (draft.quantity() < 1) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.QUANTITY_BELOW_ONE, "quantity", "quantity must be at least 1"));
    }
    rule.check(code, draft, problems);
    return problems;
  }
}
