package kefu.pay;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** A reward or a sale was voided with a reason: it no longer counts in its month's pay. */
public record PayEntryVoided(
    String entry,
    long id,
    Map<String, Object> before,
    Map<String, Object> after,
    String by,
    Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.updated(entry, id, before, after, by, at);
  }
}
