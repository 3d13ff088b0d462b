package kefu.service.cases;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * Someone saw a complaint's customer number in full (doc 002 variants 5 and 7: every unmasked view
 * is logged). The audit entry records the view as a read of the complaint's number, without it.
 */
public record ComplaintPhoneUnmasked(long complaintId, String storeCode, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.read(
        "complaint-phone-view",
        complaintId,
        Map.of("complaintId", complaintId, "storeCode", storeCode, "field", "customerPhone"),
        by,
        at);
  }
}
