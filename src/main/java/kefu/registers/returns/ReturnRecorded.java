package kefu.registers.returns;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** A return or exchange was entered at the front desk. */
public record ReturnRecorded(Long entryId, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("return-entry", entryId, after, by, at);
  }
}
