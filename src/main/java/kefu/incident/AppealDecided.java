package kefu.incident;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** A manager answered an appeal: granted (the incident is voided) or upheld. */
@NamedInterface("events")
public record AppealDecided(
    long incidentId,
    boolean granted,
    String reason,
    String by,
    Instant at,
    Map<String, Object> before,
    Map<String, Object> after)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.updated(Incident.AUDITED_AS, incidentId, before, after, by, at);
  }
}
