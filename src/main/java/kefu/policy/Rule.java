package kefu.policy;

import java.util.List;

/**
 * The machine rule of an incident type. Each kind is one immutable value that reads itself from the
 * YAML (through its {@link RuleKind}), checks an incident before it is recorded, describes itself,
 * and evaluates its incidents of a month. Describing and evaluating are every kind's own, so the
 * compiler refuses a kind without them; the checks of a draft default to the strictest (the
 * incident's own employee is required, it takes neither minutes nor points), which a kind that
 * charges otherwise or reads minutes or points overrides.
 */
public sealed interface Rule
    permits FinePerUnit,
        CollectiveFine,
        PointsPerUnit,
        CountTierPoints,
        FreeAllowance,
        ConvertedPoints,
        DiscretionaryPoints,
        RecordOnly {

  default RuleKind kind() {
    return RuleKind.of(this);
  }

  /**
   * Why a type with this rule cannot take {@code employee} as its employee requirement (shown on
   * the type's {@code employee} field); null when it can. By default the rule charges the
   * incident's own employee, who must then be named.
   */
  default String employeeProblem(EmployeeRequirement employee) {
    return DraftChecks.ownEmployee(employee);
  }

  /**
   * Adds why the draft's minutes or points do not suit this rule. By default the rule fixes the
   * consequence, so the draft takes neither.
   */
  default void check(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    DraftChecks.fixedConsequence(type, draft, problems);
  }

  /** What the rule does, in the words' language. */
  String describe(RuleWords words);

  /**
   * Charges {@code incident} now, or keeps it for the month's end, in {@code month}; {@code pack}
   * is the governing pack, which the rule may consult for the types it refers to.
   */
  void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month);
}
