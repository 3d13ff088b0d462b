package kefu.policy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The rule kinds a pack may use, spelled as in the YAML {@code kind} field. Each names its record
 * and the reader of its fields, so a kind without one does not compile; a record of {@link Rule}'s
 * {@code permits} that no constant names stops the application when the class is first used.
 */
public enum RuleKind {
  FINE_PER_UNIT(FinePerUnit.class, FinePerUnit::read),
  COLLECTIVE_FINE(CollectiveFine.class, CollectiveFine::read),
  POINTS_PER_UNIT(PointsPerUnit.class, PointsPerUnit::read),
  COUNT_TIERS(CountTierPoints.class, CountTierPoints::read),
  FREE_ALLOWANCE(FreeAllowance.class, FreeAllowance::read),
  CONVERSION(ConvertedPoints.class, ConvertedPoints::read),
  DISCRETIONARY_POINTS(DiscretionaryPoints.class, DiscretionaryPoints::read),
  RECORD_ONLY(RecordOnly.class, RecordOnly::read);

  /** Reads a rule's fields; reports problems on them and answers null when there are any. */
  @FunctionalInterface
  interface Reader {
    Rule read(YamlFields fields, RuleReading pack);
  }

  private static final Map<Class<?>, RuleKind> OF_RECORD = new HashMap<>();

  static {
    for (RuleKind kind : values()) {
      OF_RECORD.put(kind.record, kind);
    }
    Arrays.stream(Rule.class.getPermittedSubclasses())
        .filter(c -> !OF_RECORD.containsKey(c))
        .findAny()
        .ifPresent(
            c -> {
              throw new IllegalStateException("no RuleKind names " + c.getSimpleName());
            });
  }

  private final Class<? extends Rule> record;
  private final Reader reader;

  RuleKind(Class<? extends Rule> record, Reader reader) {
    this.record = record;
    this.reader = reader;
  }

  /** The kind of {@code rule}. */
  static RuleKind of(Rule rule) {
    return OF_RECORD.get(rule.getClass());
  }

  Class<? extends Rule> record() {
    return record;
  }

  Rule read(YamlFields fields, RuleReading pack) {
    return reader.read(fields, pack);
  }
}
