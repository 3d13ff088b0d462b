package kefu.assessment.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/** What the ladder announces; the audit log records each one. */
public final class LadderEvents {

  private LadderEvents() {}

  /** A title awarded to an employee. */
  public record TitleAwarded(
      long id, String employeeCode, Title title, LocalDate awardedOn, String by, Instant at)
      implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.created(
          "ladder-title",
          id,
          values("employeeCode", employeeCode, "title", title, "awardedOn", awardedOn),
          by,
          at);
    }
  }

  /** A level change recommended by the department head or group CS. */
  public record LevelChangeRecommended(
      long id, Recommendation recommendation, String by, Instant at) implements Audited {
    @Override
    public AuditRecord auditRecord() {
      Recommendation r = recommendation;
      return AuditRecord.created(
          "level-change",
          id,
          values(
              "employeeCode", r.employeeCode(),
              "from", r.from(),
              "to", r.to(),
              "kind", r.kind(),
              "reason", r.reason(),
              "pack", r.packId() + " v" + r.packVersion() + " " + r.clause(),
              "status", r.status()),
          by,
          at);
    }
  }

  /** An executive's decision on a recommended level change, and the day it holds from. */
  public record LevelChangeDecided(
      Recommendation before, Recommendation after, String by, Instant at) implements Audited {
    @Override
    public AuditRecord auditRecord() {
      return AuditRecord.updated(
          "level-change",
          after.id(),
          values("status", before.status()),
          values(
              "status", after.status(),
              "employeeCode", after.employeeCode(),
              "to", after.to(),
              "effectiveFrom", after.effectiveFrom()),
          by,
          at);
    }
  }

  static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      m.put((String) namesAndValues[i], v == null ? null : String.valueOf(v));
    }
    return m;
  }
}
