package kefu.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A group's decision to apply a pack from a date, to all stores ({@code storeCodes} null) or to
 * some.
 */
public record Adoption(PolicyPack pack, LocalDate effectiveFrom, Set<String> storeCodes) {
  public Adoption {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    storeCodes = storeCodes == null ? null : Set.copyOf(storeCodes);
  }

  public boolean coversStore(String storeCode) {
    return storeCodes == null || storeCodes.contains(storeCode);
  }

  /** In force at the store on the day. */
  public boolean inForce(String storeCode, LocalDate date) {
    return !date.isBefore(effectiveFrom) && coversStore(storeCode);
  }
}
