package kefu.audit;

import org.springframework.modulith.NamedInterface;

/**
 * An event the audit log records. A module's events implement it to say how they read in the log;
 * the log itself listens for them, so no use case writes audit entries by hand.
 */
@NamedInterface("spi")
public interface Audited {

  /** The entry this event leaves in the audit log. */
  AuditRecord auditRecord();
}
