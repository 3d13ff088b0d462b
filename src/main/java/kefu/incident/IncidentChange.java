package kefu.incident;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * An event that changed one recorded incident (voided, appealed, decided): audited as an update of
 * that incident, with its values before and after the change.
 */
interface IncidentChange extends Audited {
  long incidentId();

  String by();

  Instant at();

  Map<String, Object> before();

  Map<String, Object> after();

  @Override
  default AuditRecord auditRecord() {
    return AuditRecord.updated(Incident.AUDITED_AS, incidentId(), before(), after(), by(), at());
  }
}
