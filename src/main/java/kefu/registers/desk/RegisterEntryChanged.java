package kefu.registers.desk;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * An entry of a front-desk register ({@code register}: handover, duty entry, lost item, …) was
 * recorded ({@code before} null) or took a step ({@code change}: SIGNED, CLAIMED, REPORTED, …);
 * audited as its creation or an update with its values before and after.
 */
public record RegisterEntryChanged(
    String register,
    Long entryId,
    String change,
    Map<String, Object> before,
    Map<String, Object> after,
    String by,
    Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return before == null
        ? AuditRecord.created(register, entryId, after, by, at)
        : AuditRecord.updated(register, entryId, before, after, by, at);
  }
}
