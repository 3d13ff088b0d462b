package kefu.policy;

/** Whether an incident of a type names the responsible employee. */
public enum EmployeeRequirement {
  /** The responsible employee must be named. */
  REQUIRED,
  /** The employee may be named; nothing in the rule depends on it. */
  OPTIONAL,
  /** A store-level incident: naming an employee is refused. */
  NONE
}
