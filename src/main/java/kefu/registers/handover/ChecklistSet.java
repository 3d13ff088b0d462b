package kefu.registers.handover;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** A store's handover checklist was set: the items every handover there goes through. */
public record ChecklistSet(Long checklistId, Map<String, Object> after, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("handover-checklist", checklistId, after, by, at);
  }
}
