package kefu.assessment.ladder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kefu.assessment.ladder.Recommendation.Status;
import kefu.organization.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The ladder's rows: titles, recommendations and decisions, inserted and never updated. */
@Repository
class LadderStore {

  private static final String RECOMMENDATION =
      """
      select r.id, r.employee_code, r.store_code, r.from_level, r.to_level, r.kind, r.reason,
             r.pack_id, r.pack_version, r.clause, r.recommended_by, r.recommended_at,
             d.approved, d.effective_from, d.decided_by, d.decided_at
      from ladder_recommendation r
      left join ladder_decision d on d.recommendation_id = r.id
      """;

  private final JdbcClient jdbc;

  LadderStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertTitle(String employeeCode, Title title, LocalDate on, String by, Instant at) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into ladder_title (employee_code, title, awarded_on, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(employeeCode, title.name(), on, by, utc(at))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  List<TitleAward> titles(Collection<String> employeeCodes) {
    if (employeeCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select employee_code, title, awarded_on from ladder_title
            where employee_code in (:codes) order by awarded_on, id""")
        .param("codes", employeeCodes)
        .query(
            (rs, n) ->
                new TitleAward(
                    rs.getString(1),
                    Title.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class)))
        .list();
  }

  long insertRecommendation(Recommendation r) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into ladder_recommendation
              (employee_code, store_code, from_level, to_level, kind, reason, pack_id,
               pack_version, clause, recommended_by, recommended_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.employeeCode(),
            r.storeCode(),
            r.from().name(),
            r.to().name(),
            r.kind().name(),
            r.reason(),
            r.packId(),
            r.packVersion(),
            r.clause(),
            r.recommendedBy(),
            utc(r.recommendedAt()))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  void insertDecision(Recommendation decided) {
    jdbc.sql(
            """
            insert into ladder_decision
              (recommendation_id, approved, effective_from, decided_by, decided_at)
            values (?, ?, ?, ?, ?)""")
        .params(
            decided.id(),
            decided.status() == Status.APPROVED,
            decided.effectiveFrom(),
            decided.decidedBy(),
            utc(decided.decidedAt()))
        .update();
  }

  /** Holds the recommendation's row until the transaction ends, so two decisions queue. */
  Optional<Recommendation> recommendationForDecision(long id) {
    return jdbc.sql("select id from ladder_recommendation where id = ? for update")
        .param(id)
        .query(Long.class)
        .optional()
        .flatMap(this::recommendation);
  }

  Optional<Recommendation> recommendation(long id) {
    return jdbc.sql(RECOMMENDATION + " where r.id = ?")
        .param(id)
        .query(LadderStore::recommendation)
        .optional();
  }

  /** Every recommendation of the employees, oldest first. */
  List<Recommendation> recommendationsOf(Collection<String> employeeCodes) {
    if (employeeCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(RECOMMENDATION + " where r.employee_code in (:codes) order by r.id")
        .param("codes", employeeCodes)
        .query(LadderStore::recommendation)
        .list();
  }

  /** The recommendations no one has decided yet, oldest first (store null = every store). */
  List<Recommendation> open(String storeCode) {
    String where = " where d.recommendation_id is null";
    if (storeCode == null) {
      return jdbc.sql(RECOMMENDATION + where + " order by r.id")
          .query(LadderStore::recommendation)
          .list();
    }
    return jdbc.sql(RECOMMENDATION + where + " and r.store_code = ? order by r.id")
        .param(storeCode)
        .query(LadderStore::recommendation)
        .list();
  }

  /** Every approved change in force on or before {@code day}, by effective day. */
  List<Recommendation> approvedBy(LocalDate day) {
    return jdbc.sql(
            RECOMMENDATION
                + " where d.approved = true and d.effective_from <= ? order by d.effective_from, r.id")
        .param(day)
        .query(LadderStore::recommendation)
        .list();
  }

  private static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
    Object approved = rs.getObject("approved");
    Status status =
        approved == null
            ? Status.RECOMMENDED
            : Boolean.TRUE.equals(rs.getBoolean("approved")) ? Status.APPROVED : Status.REJECTED;
    OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    return new Recommendation(
        rs.getLong("id"),
        rs.getString("employee_code"),
        rs.getString("store_code"),
        Level.valueOf(rs.getString("from_level")),
        Level.valueOf(rs.getString("to_level")),
        ProposalKind.valueOf(rs.getString("kind")),
        rs.getString("reason"),
        rs.getString("pack_id"),
        rs.getInt("pack_version"),
        rs.getString("clause"),
        rs.getString("recommended_by"),
        rs.getObject("recommended_at", OffsetDateTime.class).toInstant(),
        status,
        rs.getObject("effective_from", LocalDate.class),
        rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toInstant());
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
