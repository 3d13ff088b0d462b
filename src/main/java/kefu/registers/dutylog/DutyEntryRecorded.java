package kefu.registers.dutylog;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** A duty shift was entered in the duty log. */
public record DutyEntryRecorded(Long entryId, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created(DutyEntry.AUDITED_AS, entryId, after, by, at);
  }
}
