package kefu.policy;

import kefu.shared.Points;

/** The clause names a duty but sets no consequence: the incident is recorded, fine 0, points 0. */
record RecordOnly() implements Rule {

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind");
    return new RecordOnly();
  }

  @Override
  public String employeeProblem(EmployeeRequirement employee) {
    return null;
  }

  @Override
  public String describe(RuleWords words) {
    return words.say("policy.rule.recordOnly");
  }

  /** A line on the named employee's statement, so the record shows where it is read. */
  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    month.deduct(cause, incident, Note.of("recordOnly"), Points.ZERO);
  }
}
