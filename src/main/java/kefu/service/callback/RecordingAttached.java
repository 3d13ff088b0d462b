package kefu.service.callback;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * A callback's recording was uploaded, replacing any earlier one: the entry keeps the file's type,
 * size and storage key before and after, never its content.
 */
public record RecordingAttached(
    long callbackId, Map<String, Object> before, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.updated("callback-recording", callbackId, before, after, by, at);
  }
}
