package kefu.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment tables (V22), read in bulk by month or year. */
@Repository
class AssessmentStore {

  private final JdbcClient jdbc;

  AssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  // ---- evaluations ---------------------------------------------------------------------------

  /** A stored weekly evaluation. */
  record StoredEvaluation(
      long id,
      String employeeCode,
      String storeCode,
      LocalDate weekOf,
      Map<String, BigDecimal> parts,
      BigDecimal total,
      String packId,
      int packVersion,
      String clause,
      String recordedBy) {}

  private static final String EVALUATION =
      "select id, employee_code, store_code, week_of, attitude, ability, efficiency, teamwork,"
          + " total, pack_id, pack_version, clause, recorded_by from evaluation ";

  Optional<StoredEvaluation> evaluation(String employeeCode, LocalDate weekOf) {
    return jdbc.sql(EVALUATION + "where employee_code = ? and week_of = ?")
        .params(employeeCode, weekOf)
        .query(AssessmentStore::evaluation)
        .optional();
  }

  /** The evaluations of the weeks whose Monday is in the month, by employee and week. */
  List<StoredEvaluation> evaluations(YearMonth month) {
    return jdbc.sql(EVALUATION + "where week_of between ? and ? order by employee_code, week_of")
        .params(month.atDay(1), month.atEndOfMonth())
        .query(AssessmentStore::evaluation)
        .list();
  }

  /** The columns an evaluation writes besides its employee and week, in this order. */
  private static final List<String> EVALUATION_FIGURES =
      List.of(
          "store_code",
          "attitude",
          "ability",
          "efficiency",
          "teamwork",
          "total",
          "pack_id",
          "pack_version",
          "clause",
          "recorded_by",
          "recorded_at");

  private static List<Object> figures(StoredEvaluation e, Instant at) {
    List<Object> values = new java.util.ArrayList<>();
    values.add(e.storeCode());
    EvaluationRules.PARTS.forEach(p -> values.add(e.parts().get(p)));
    values.addAll(
        java.util.Arrays.asList(
            e.total(), e.packId(), e.packVersion(), e.clause(), e.recordedBy(), utc(at)));
    return values;
  }

  long insertEvaluation(StoredEvaluation e, Instant at) {
    List<Object> values = new java.util.ArrayList<>(List.of(e.employeeCode(), e.weekOf()));
    values.addAll(figures(e, at));
    jdbc.sql(
            "insert into evaluation (employee_code, week_of, "
                + String.join(", ", EVALUATION_FIGURES)
                + ") values (?, ?"
                + ", ?".repeat(EVALUATION_FIGURES.size())
                + ")")
        .params(values)
        .update();
    return evaluation(e.employeeCode(), e.weekOf()).orElseThrow().id();
  }

  void replaceEvaluation(long id, StoredEvaluation e, Instant at) {
    List<Object> values = figures(e, at);
    values.add(id);
    jdbc.sql(
            "update evaluation set "
                + String.join(" = ?, ", EVALUATION_FIGURES)
                + " = ? where id = ?")
        .params(values)
        .update();
  }

  private static StoredEvaluation evaluation(ResultSet rs, int row) throws SQLException {
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    for (String part : EvaluationRules.PARTS) {
      parts.put(part, rs.getBigDecimal(part));
    }
    return new StoredEvaluation(
        rs.getLong("id"),
        rs.getString("employee_code"),
        rs.getString("store_code"),
        rs.getObject("week_of", LocalDate.class),
        parts,
        rs.getBigDecimal("total"),
        rs.getString("pack_id"),
        rs.getInt("pack_version"),
        rs.getString("clause"),
        rs.getString("recorded_by"));
  }

  // ---- scorecards ----------------------------------------------------------------------------

  /** The entered criteria of the month's cards: employee → criterion → score. */
  Map<String, Map<String, BigDecimal>> entries(YearMonth month, Collection<String> employees) {
    Map<String, Map<String, BigDecimal>> entries = new HashMap<>();
    if (employees.isEmpty()) {
      return entries;
    }
    jdbc.sql(
            "select employee_code, criterion, score from scorecard_entry"
                + " where score_month = :month and employee_code in (:codes)"
                + " order by employee_code, criterion")
        .param("month", month.toString())
        .param("codes", List.copyOf(employees))
        .query(
            rs -> {
              entries
                  .computeIfAbsent(rs.getString("employee_code"), k -> new LinkedHashMap<>())
                  .put(rs.getString("criterion"), rs.getBigDecimal("score"));
            });
    return entries;
  }

  /** Employees with a card entered in the month, whoever's store they were at. */
  List<String> employeesWithEntries(YearMonth month) {
    return jdbc.sql(
            "select distinct employee_code from scorecard_entry where score_month = ?"
                + " order by employee_code")
        .param(month.toString())
        .query(String.class)
        .list();
  }

  void replaceEntries(
      YearMonth month, String employeeCode, Map<String, BigDecimal> scores, String by, Instant at) {
    jdbc.sql("delete from scorecard_entry where score_month = ? and employee_code = ?")
        .params(month.toString(), employeeCode)
        .update();
    scores.forEach(
        (criterion, score) ->
            jdbc.sql(
                    "insert into scorecard_entry (score_month, employee_code, criterion, score,"
                        + " entered_by, entered_at) values (?, ?, ?, ?, ?, ?)")
                .params(month.toString(), employeeCode, criterion, score, by, utc(at))
                .update());
  }

  Map<String, Scorecards.Adjustment> adjustments(YearMonth month, Collection<String> employees) {
    Map<String, Scorecards.Adjustment> found = new HashMap<>();
    if (employees.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select employee_code, points, reason, adjusted_by from scorecard_adjustment"
                + " where score_month = :month and employee_code in (:codes)")
        .param("month", month.toString())
        .param("codes", List.copyOf(employees))
        .query(
            rs -> {
              found.put(
                  rs.getString("employee_code"),
                  new Scorecards.Adjustment(
                      rs.getBigDecimal("points"),
                      rs.getString("reason"),
                      rs.getString("adjusted_by")));
            });
    return found;
  }

  void replaceAdjustment(
      YearMonth month, String employeeCode, Scorecards.Adjustment a, Instant at) {
    jdbc.sql("delete from scorecard_adjustment where score_month = ? and employee_code = ?")
        .params(month.toString(), employeeCode)
        .update();
    jdbc.sql(
            "insert into scorecard_adjustment (score_month, employee_code, points, reason,"
                + " adjusted_by, adjusted_at) values (?, ?, ?, ?, ?, ?)")
        .params(month.toString(), employeeCode, a.points(), a.reason(), a.by(), utc(at))
        .update();
  }

  // ---- annual grades -------------------------------------------------------------------------

  /** One employee's grade of a year. */
  record StoredGrade(
      int year,
      String employeeCode,
      String storeCode,
      BigDecimal annualScore,
      int monthsScored,
      Grade computedGrade,
      Grade grade,
      String packId,
      int packVersion,
      String clause,
      String reason,
      String decidedBy) {

    StoredGrade overridden(Grade to, String why, String by) {
      return new StoredGrade(
          year,
          employeeCode,
          storeCode,
          annualScore,
          monthsScored,
          computedGrade,
          to,
          packId,
          packVersion,
          clause,
          why,
          by);
    }
  }

  List<StoredGrade> grades(int year) {
    return jdbc.sql(
            "select * from annual_grade where grade_year = ?"
                + " order by annual_score desc, employee_code")
        .param(year)
        .query(
            (rs, row) ->
                new StoredGrade(
                    rs.getInt("grade_year"),
                    rs.getString("employee_code"),
                    rs.getString("store_code"),
                    rs.getBigDecimal("annual_score"),
                    rs.getInt("months_scored"),
                    Grade.valueOf(rs.getString("computed_grade")),
                    Grade.valueOf(rs.getString("grade")),
                    rs.getString("pack_id"),
                    rs.getInt("pack_version"),
                    rs.getString("clause"),
                    rs.getString("reason"),
                    rs.getString("decided_by")))
        .list();
  }

  void replaceGrades(int year, List<StoredGrade> grades, Instant at) {
    jdbc.sql("delete from annual_grade where grade_year = ?").param(year).update();
    for (StoredGrade g : grades) {
      jdbc.sql(
              "insert into annual_grade (grade_year, employee_code, store_code, annual_score,"
                  + " months_scored, computed_grade, grade, pack_id, pack_version, clause, reason,"
                  + " decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              year,
              g.employeeCode(),
              g.storeCode(),
              g.annualScore(),
              g.monthsScored(),
              g.computedGrade().name(),
              g.grade().name(),
              g.packId(),
              g.packVersion(),
              g.clause(),
              g.reason(),
              g.decidedBy(),
              utc(at))
          .update();
    }
  }

  void overrideGrade(StoredGrade g, Instant at) {
    jdbc.sql(
            "update annual_grade set grade = ?, reason = ?, decided_by = ?, decided_at = ?"
                + " where grade_year = ? and employee_code = ?")
        .params(g.grade().name(), g.reason(), g.decidedBy(), utc(at), g.year(), g.employeeCode())
        .update();
  }
}
