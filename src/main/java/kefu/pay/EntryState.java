package kefu.pay;

import java.time.Instant;
import java.util.Objects;

/**
 * Who recorded a pay entry and when, and, once voided, who voided it, when and why: entries are
 * never edited, so this is all that changes about one.
 */
public record EntryState(
    String recordedBy, Instant recordedAt, String voidedBy, Instant voidedAt, String voidReason) {

  public EntryState {
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** A new entry's state: recorded now by this user, not voided. */
  static EntryState recorded(String by, Instant at) {
    return new EntryState(by, at, null, null, null);
  }

  public boolean voided() {
    return voidedAt != null;
  }
}
