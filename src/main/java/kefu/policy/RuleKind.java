package kefu.policy;

/** The rule kinds a pack may use, spelled as in the YAML {@code kind} field. */
public enum RuleKind {
  FINE_PER_UNIT,
  COLLECTIVE_FINE,
  POINTS_PER_UNIT,
  COUNT_TIERS,
  FREE_ALLOWANCE,
  CONVERSION,
  DISCRETIONARY_POINTS,
  RECORD_ONLY
}
