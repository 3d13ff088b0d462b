package kefu.policy;

/**
 * The rule kinds a pack may use, spelled as in the YAML {@code kind} field. Each names the reader
 * of its fields, so a kind without one does not compile.
 */
public enum RuleKind {
  FINE_PER_UNIT(FinePerUnit::read),
  COLLECTIVE_FINE(CollectiveFine::read),
  POINTS_PER_UNIT(PointsPerUnit::read),
  COUNT_TIERS(CountTierPoints::read),
  FREE_ALLOWANCE(FreeAllowance::read),
  CONVERSION(ConvertedPoints::read),
  DISCRETIONARY_POINTS(DiscretionaryPoints::read),
  RECORD_ONLY(RecordOnly::read);

  /** Reads a rule's fields; reports problems on them and answers null when there are any. */
  @FunctionalInterface
  interface Reader {
    Rule read(YamlFields fields, RuleReading pack);
  }

  private final Reader reader;

  RuleKind(Reader reader) {
    this.reader = reader;
  }

  Rule read(YamlFields fields, RuleReading pack) {
    return reader.read(fields, pack);
  }
}
