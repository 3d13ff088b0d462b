package kefu.policy;

import java.util.Objects;

/** One stored version of one pack: what an adoption names and a statement line cites. */
public record PackRef(String packId, int version) {
  public PackRef {
    Objects.requireNonNull(packId, "packId");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1: " + version);
    }
  }

  @Override
  public String toString() {
    return packId + " v" + version;
  }
}
