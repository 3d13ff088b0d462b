package kefu.service.callback;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * A callback was recorded. The audit entry keeps what was recorded with the customer's number
 * masked, as everyone but ADMIN and GROUP_CS sees it in the log too.
 */
public record CallbackRecorded(long callbackId, Map<String, Object> values, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("callback", callbackId, values, by, at);
  }
}
