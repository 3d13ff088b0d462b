package kefu.pay;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * A reward or a sale was recorded ({@code reward-entry}, {@code sale-entry}): one creation in the
 * audit log with what the entry says and, for a reward, the amount and clause it earned.
 */
public record PayEntryRecorded(
    String entry, long id, Map<String, Object> values, String by, Instant at) implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created(entry, id, values, by, at);
  }
}
