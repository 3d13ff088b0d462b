package kefu.organization;

import java.time.Instant;
import kefu.audit.AuditAction;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * A plain organization record (a store, an employee and their posts, a user account, the group
 * settings, a holiday) was created, changed or removed. Master data has no rules worth an event of
 * its own, so one event with the kind of record and its values before and after serves them all.
 */
@NamedInterface("events")
public record RecordChanged(
    Kind kind, String id, AuditAction action, Object before, Object after, String by, Instant at)
    implements Audited {

  /** The kinds of record, each with the name the audit log files it under. */
  public enum Kind {
    STORE("store"),
    EMPLOYEE("employee"),
    USER("user"),
    GROUP_SETTINGS("group"),
    HOLIDAY("holiday"),
    API_TOKEN("api-token");

    private final String auditName;

    Kind(String auditName) {
      this.auditName = auditName;
    }

    public String auditName() {
      return auditName;
    }
  }

  @Override
  public AuditRecord auditRecord() {
    return new AuditRecord(action, kind.auditName(), id, before, after, by, at);
  }
}
