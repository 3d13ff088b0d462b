package kefu.audit;

import java.time.Instant;

/** One line of the audit log as read back. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    AuditAction action,
    String entityType,
    String entityId,
    String before,
    String after,
    String detail) {}
