package kefu.policy;

import java.util.Objects;

/**
 * What a consequence comes from, and what statement lines group by: the pack version, the clause
 * and the incident type.
 */
public record Cause(String packId, int packVersion, String clause, String type) {
  public Cause {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(type, "type");
  }
}
