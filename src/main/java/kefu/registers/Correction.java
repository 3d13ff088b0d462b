package kefu.registers;

import java.time.Instant;

/**
 * A correction of a register entry: the entry it cites ({@code entry} is the register's entry name,
 * {@code key-loan}, {@code hazmat-movement}, …, and {@code entryId} its id), why, what the entry
 * should have said, and who recorded it when. The corrected entry itself stays as it was written.
 */
public record Correction(
    long id,
    String entry,
    long entryId,
    String storeCode,
    String reason,
    String correction,
    String recordedBy,
    Instant recordedAt) {

  /** The key a page finds an entry's corrections under: {@code key-loan:12}. */
  public String cites() {
    return entry + ":" + entryId;
  }
}
