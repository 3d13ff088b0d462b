package kefu.policy;

/**
 * The machine rule of an incident type. Each kind is a small immutable value that computes its own
 * consequence; the month close decides which incidents each one sees.
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

  /** Whether this rule deducts points from the employee named on the incident. */
  default boolean deductsPoints() {
    return false;
  }
}
