package kefu.audit;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * What one audit entry says: who changed which record when, and its values before and after (plain
 * records or maps, serialized to JSON). The actor and time travel with the event, so an entry
 * written later (after a failure, on restart) still names the moment of the change.
 */
@NamedInterface("spi")
public record AuditRecord(
    AuditAction action,
    String entityType,
    String entityId,
    Object before,
    Object after,
    String actor,
    Instant occurredAt) {

  public static AuditRecord created(
      String entityType, Object id, Object after, String actor, Instant at) {
    return new AuditRecord(AuditAction.CREATE, entityType, idOf(id), null, after, actor, at);
  }

  public static AuditRecord updated(
      String entityType, Object id, Object before, Object after, String actor, Instant at) {
    return new AuditRecord(AuditAction.UPDATE, entityType, idOf(id), before, after, actor, at);
  }

  public static AuditRecord deleted(
      String entityType, Object id, Object before, String actor, Instant at) {
    return new AuditRecord(AuditAction.DELETE, entityType, idOf(id), before, null, actor, at);
  }

  /** Something read without being changed; {@code what} says what was asked and answered. */
  public static AuditRecord read(
      String entityType, Object id, Object what, String actor, Instant at) {
    return new AuditRecord(AuditAction.READ, entityType, idOf(id), null, what, actor, at);
  }

  private static String idOf(Object id) {
    return id == null ? null : String.valueOf(id);
  }
}
