package kefu.registers;

import java.util.Optional;
import java.util.Set;

/**
 * A register whose entries may be corrected: the names of its entries, and where one of them was
 * written, so that a correction is checked against the same store as the entry it cites.
 */
public interface Correctable {

  /** The entry names this register answers for ({@code key-loan}, …). */
  Set<String> entries();

  /** Where the entry is kept; empty when there is no such entry. */
  Optional<Kept> find(String entry, long id);

  /** The store an entry belongs to; null for a register kept for the whole group (uniforms). */
  record Kept(String storeCode) {}
}
