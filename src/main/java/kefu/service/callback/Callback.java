package kefu.service.callback;

import java.time.Instant;
import java.time.LocalDate;
import kefu.shared.PhoneNumbers;

/**
 * One callback (回访) as recorded: who called which customer when, what came of it, the data the
 * store reported, and its recording when one was uploaded.
 */
public record Callback(
    long id,
    String storeCode,
    String employeeCode,
    CallbackKind kind,
    Instant calledAt,
    LocalDate calledOn,
    String customerName,
    String customerPhone,
    CallbackResult result,
    String reportedData,
    Recording recording,
    String recordedBy,
    Instant recordedAt) {

  /** Where a callback's audio is kept, its detected type and its size in bytes. */
  public record Recording(String key, String contentType, long bytes) {}

  public boolean hasRecording() {
    return recording != null;
  }

  /** The customer's number as everyone sees it until someone allowed to unmasks it. */
  public String maskedPhone() {
    return customerPhone == null ? null : PhoneNumbers.mask(customerPhone);
  }
}
