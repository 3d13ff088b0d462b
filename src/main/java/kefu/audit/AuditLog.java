package kefu.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log. Read-only by design: the log has no update or delete path anywhere. */
@Component
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A filter; every field is optional. Dates are whole days in the given zone. */
  public record Filter(
      String actor,
      AuditAction action,
      String entityType,
      String entityId,
      LocalDate from,
      LocalDate to,
      ZoneId zone) {}

  public record Page(List<AuditEntry> entries, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  public Page find(Filter f, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1=1");
    List<Object> params = new ArrayList<>();
    if (f.actor() != null && !f.actor().isBlank()) {
      where.append(" and lower(actor) like ?");
      params.add("%" + f.actor().toLowerCase() + "%");
    }
    if (f.action() != null) {
      where.append(" and action = ?");
      params.add(f.action().name());
    }
    if (f.entityType() != null && !f.entityType().isBlank()) {
      where.append(" and entity_type = ?");
      params.add(f.entityType());
    }
    if (f.entityId() != null && !f.entityId().isBlank()) {
      where.append(" and entity_id = ?");
      params.add(f.entityId());
    }
    if (f.from() != null) {
      where.append(" and occurred_at >= ?");
      params.add(Timestamp.from(f.from().atStartOfDay(f.zone()).toInstant()));
    }
    if (f.to() != null) {
      where.append(" and occurred_at < ?");
      params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(f.zone()).toInstant()));
    }
    long total =
        jdbc.sql("select count(*) from audit_entry" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<AuditEntry> entries =
        jdbc.sql(
                "select * from audit_entry"
                    + where
                    + " order by occurred_at desc, id desc limit ? offset ?")
            .params(pageParams)
            .query(
                (rs, n) ->
                    new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("before_json"),
                        rs.getString("after_json"),
                        rs.getString("detail")))
            .list();
    return new Page(entries, page, size, total);
  }

  public List<AuditEntry> forEntity(String entityType, String entityId) {
    return find(new Filter(null, null, entityType, entityId, null, null, ZoneId.of("UTC")), 0, 500)
        .entries();
  }
}
