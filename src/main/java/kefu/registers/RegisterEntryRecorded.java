package kefu.registers;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * A register received an entry: a key, a loan, a return, an emergency opening, a stock receipt, a
 * draw. Entries are never changed, so each is one creation in the audit log, under the register's
 * name ({@code key-loan}, {@code hazmat-draw}, …), with what it says and, for an approval, whether
 * it was given by the approver's own login or recorded from paper.
 */
@NamedInterface("events")
public record RegisterEntryRecorded(
    String entry, long id, Map<String, Object> values, String by, Instant at) implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created(entry, id, values, by, at);
  }
}
