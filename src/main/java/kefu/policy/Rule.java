package kefu.policy;

import java.util.List;

/**
 * The machine rule of an incident type. Each kind is one immutable value that reads itself from the
 * YAML (through its {@link RuleKind}), checks an incident before it is recorded, describes itself,
 * and evaluates its incidents of a month. Every kind must implement every step, so a kind can never
 * be half added: the compiler refuses it.
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

  RuleKind kind();

  /**
   * Why a type with this rule cannot take {@code employee} as its employee requirement (shown on
   * the type's {@code employee} field); null when it can.
   */
  String employeeProblem(EmployeeRequirement employee);

  /** Adds why the draft's minutes or points do not suit this rule. */
  void check(String type, IncidentDraft draft, List<IncidentProblem> problems);

  /** What the rule does, in the words' language. */
  String describe(RuleWords words);

  /**
   * Charges {@code incident} now, or keeps it for the month's end, in {@code month}; {@code pack}
   * is the governing pack, which the rule may consult for the types it refers to.
   */
  void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month);
}
