package kefu.assessment;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * An assessment record was written: a weekly evaluation, a card's entered criteria, a director's
 * adjustment, a year's grades or an override. {@code before} is null for a first entry (a creation
 * in the audit log), else the values it replaced.
 */
@NamedInterface("events")
public record AssessmentRecorded(
    String entry,
    String key,
    Map<String, Object> before,
    Map<String, Object> after,
    String by,
    Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return before == null
        ? AuditRecord.created(entry, key, after, by, at)
        : AuditRecord.updated(entry, key, before, after, by, at);
  }
}
