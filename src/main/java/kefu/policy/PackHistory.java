package kefu.policy;

import java.util.List;

/** Every stored version of one pack, oldest first. */
public record PackHistory(String packId, List<PackVersion> versions) {
  public PackHistory {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a pack has at least one version: " + packId);
    }
  }

  public PackVersion latest() {
    return versions.get(versions.size() - 1);
  }

  public boolean builtIn() {
    return latest().builtIn();
  }
}
