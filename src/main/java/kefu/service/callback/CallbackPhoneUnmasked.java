package kefu.service.callback;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * Someone saw a callback's customer number in full (doc 002 variants 5 and 7: every unmasked view
 * is logged). The audit entry records the view as a read of the callback's number, without it.
 */
public record CallbackPhoneUnmasked(long callbackId, String storeCode, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.read(
        "callback-phone-view",
        callbackId,
        Map.of("callbackId", callbackId, "storeCode", storeCode, "field", "customerPhone"),
        by,
        at);
  }
}
