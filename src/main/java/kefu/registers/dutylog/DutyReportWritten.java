package kefu.registers.dutylog;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** The written report on a major event of the duty log was added. */
public record DutyReportWritten(
    Long entryId, Map<String, Object> before, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.updated(DutyEntry.AUDITED_AS, entryId, before, after, by, at);
  }
}
