package kefu.service;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * Someone saw a customer's number in full on a callback or a complaint (doc 002 variants 5 and 7:
 * every unmasked view is logged). The audit entry records the view as a read of the record's
 * number, without the number.
 *
 * @param record what the number belongs to: {@code callback} or {@code complaint}
 */
public record PhoneUnmasked(String record, long id, String storeCode, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.read(
        record + "-phone-view",
        id,
        Map.of(record + "Id", id, "storeCode", storeCode, "field", "customerPhone"),
        by,
        at);
  }
}
