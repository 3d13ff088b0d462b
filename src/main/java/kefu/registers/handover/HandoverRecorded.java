package kefu.registers.handover;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** The outgoing person handed a shift over with the checklist as marked. */
public record HandoverRecorded(Long handoverId, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created(Handover.AUDITED_AS, handoverId, after, by, at);
  }
}
