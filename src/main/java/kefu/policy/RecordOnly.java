package kefu.policy;

/** The clause names a duty but sets no consequence: the incident is recorded, fine 0, points 0. */
public record RecordOnly() implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.RECORD_ONLY;
  }
}
