package kefu.incident;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** An incident was recorded; {@code incident} holds its values as recorded. */
@NamedInterface("events")
public record IncidentRecorded(long incidentId, Map<String, Object> incident, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created(Incident.AUDITED_AS, incidentId, incident, by, at);
  }
}
