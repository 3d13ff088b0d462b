package kefu.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stored adoption: the exact pack version, the date it applies from, and the stores it covers
 * ({@code storeCodes} null means every store, including stores opened later).
 */
public record PackAdoption(
    long id,
    PackRef pack,
    LocalDate effectiveFrom,
    SortedSet<String> storeCodes,
    Instant createdAt,
    String createdBy) {
  public PackAdoption {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    storeCodes =
        storeCodes == null
            ? null
            : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(storeCodes));
  }

  public boolean allStores() {
    return storeCodes == null;
  }

  /** The engine's view of this adoption, with the pack parsed from its stored text. */
  Adoption toAdoption(PolicyPack parsed) {
    return new Adoption(parsed, effectiveFrom, storeCodes == null ? null : Set.copyOf(storeCodes));
  }
}
