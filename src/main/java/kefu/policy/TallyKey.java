package kefu.policy;

import java.util.Comparator;
import java.util.Objects;

/**
 * What one month tally collects: one employee's incidents under one pack version for one rule kind
 * and its subject (the type a count is of, the allowance pool the types share). Ordered field by
 * field, so a month settles its tallies in the same order whatever order the incidents came in.
 */
record TallyKey(RuleKind kind, String employeeCode, String packId, int packVersion, String subject)
    implements Comparable<TallyKey> {

  private static final Comparator<TallyKey> ORDER =
      Comparator.comparing(TallyKey::kind)
          .thenComparing(TallyKey::employeeCode)
          .thenComparing(TallyKey::packId)
          .thenComparingInt(TallyKey::packVersion)
          .thenComparing(TallyKey::subject);

  TallyKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(employeeCode, "employeeCode");
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(subject, "subject");
  }

  /**
   * The key of {@code subject} for {@code employeeCode} under the pack version of {@code cause}.
   */
  static TallyKey of(RuleKind kind, String employeeCode, Cause cause, String subject) {
    return new TallyKey(kind, employeeCode, cause.packId(), cause.packVersion(), subject);
  }

  @Override
  public int compareTo(TallyKey other) {
    return ORDER.compare(this, other);
  }
}
