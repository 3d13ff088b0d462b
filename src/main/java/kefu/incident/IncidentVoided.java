package kefu.incident;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** An incident was taken out of every statement, with the reason why. */
@NamedInterface("events")
public record IncidentVoided(
    long incidentId,
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
