package kefu.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored version of a pack: its YAML exactly as adopted, never changed once stored. {@code
 * builtIn} versions come from the packs Kefu ships and are copied, not edited.
 */
public record PackVersion(
    PackRef ref,
    LocalizedText title,
    boolean builtIn,
    String yaml,
    Instant createdAt,
    String createdBy) {
  public PackVersion {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
  }

  public String packId() {
    return ref.packId();
  }

  public int version() {
    return ref.version();
  }
}
