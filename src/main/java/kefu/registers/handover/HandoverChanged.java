package kefu.registers.handover;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * A handover was signed, refused or reviewed ({@code change} says which): audited as an update with
 * its values before and after.
 */
public record HandoverChanged(
    Long handoverId,
    String change,
    Map<String, Object> before,
    Map<String, Object> after,
    String by,
    Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.updated(Handover.AUDITED_AS, handoverId, before, after, by, at);
  }
}
