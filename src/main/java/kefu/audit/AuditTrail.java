package kefu.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. Changes reach it as {@link Audited} events through {@link AuditListener};
 * the one public method is for bulk imports, called inside the import's transaction so the entries
 * commit or roll back with the rows. Snapshots are serialized to JSON; pass plain records or maps,
 * not entities.
 */
@Component
public class AuditTrail {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final JsonMapper json;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.json = json;
    this.clock = clock;
  }

  /**
   * One creation entry per record, written in one JDBC batch, for imports that create thousands of
   * records at once; keys are the records' ids, values their snapshots.
   */
  public void createdAll(String entityType, Map<?, ?> afterById) {
    String actor = currentActor();
    Timestamp at = now();
    List<Object[]> rows = new ArrayList<>(afterById.size());
    afterById.forEach(
        (id, after) ->
            rows.add(
                new Object[] {
                  at,
                  actor,
                  AuditAction.CREATE.name(),
                  entityType,
                  String.valueOf(id),
                  toJson(after)
                }));
    batch.batchUpdate(
        """
        insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, after_json)
        values (?, ?, ?, ?, ?, ?)""",
        rows);
  }

  void record(
      String actor,
      AuditAction action,
      String entityType,
      Object id,
      Object before,
      Object after,
      String detail) {
    insert(
        Instant.now(clock),
        actor,
        action,
        entityType,
        id == null ? null : String.valueOf(id),
        before,
        after,
        detail);
  }

  /** The entry of an audited event, dated when the change happened. */
  void write(AuditRecord r) {
    insert(
        r.occurredAt(),
        r.actor(),
        r.action(),
        r.entityType(),
        r.entityId(),
        r.before(),
        r.after(),
        null);
  }

  private void insert(
      Instant at,
      String actor,
      AuditAction action,
      String entityType,
      String id,
      Object before,
      Object after,
      String detail) {
    jdbc.sql(
            """
            insert into audit_entry
              (occurred_at, actor, action, entity_type, entity_id, before_json, after_json, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            java.sql.Timestamp.from(at.truncatedTo(ChronoUnit.MILLIS)),
            actor,
            action.name(),
            entityType,
            id,
            toJson(before),
            toJson(after),
            detail == null ? null : detail.substring(0, Math.min(detail.length(), 500)))
        .update();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
  }

  private String toJson(Object snapshot) {
    return snapshot == null ? null : json.writeValueAsString(snapshot);
  }

  static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? "system" : auth.getName();
  }
}
