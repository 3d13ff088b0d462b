package kefu.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kefu.incident.LateCorrections.Carried;
import kefu.platform.Conflict;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes computed months with plain SQL: statements are replaced as a set in batches,
 * never one round trip per employee.
 */
@Component
class SettlementStore {

  /** A month row without its statements. */
  record MonthRow(
      YearMonth month,
      SettlementStatus status,
      Instant computedAt,
      Instant publishedAt,
      long version) {}

  private static final String MONTH_ROW =
      "select settle_month, status, computed_at, published_at, version from settlement_month";

  private static final TypeReference<List<PlainLine>> LINES = new TypeReference<>() {};
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;

  /** The row lock a change takes: PostgreSQL has a shared one; H2 knows only FOR UPDATE. */
  private final String changeLock;

  SettlementStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
    String database =
        template.execute(
            (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    this.changeLock = "PostgreSQL".equals(database) ? "for share" : "for update";
  }

  Optional<MonthRow> month(YearMonth month) {
    return jdbc.sql(MONTH_ROW + " where settle_month = ?")
        .param(month.toString())
        .query(SettlementStore::monthRow)
        .optional();
  }

  boolean isPublished(YearMonth month) {
    return month(month).map(m -> m.status() == SettlementStatus.PUBLISHED).orElse(false);
  }

  List<MonthRow> months() {
    return jdbc.sql(MONTH_ROW + " order by settle_month desc")
        .query(SettlementStore::monthRow)
        .list();
  }

  /**
   * Holds the month for a change to what settles in it (an incident, an adjustment) until the
   * transaction ends, and answers whether it is still open. Changes hold the month shared on
   * PostgreSQL, so they never wait for each other, only for a compute or publication.
   */
  boolean holdOpen(YearMonth month) {
    hold(month, changeLock);
    return !isPublished(month);
  }

  /**
   * Holds the month exclusively until the transaction ends: no change to it commits meanwhile, and
   * no other compute or publication of it runs.
   */
  void holdForClose(YearMonth month) {
    hold(month, "for update");
  }

  private void hold(YearMonth month, String lock) {
    // Created on first use; a concurrent first use waits for this one rather than failing.
    jdbc.sql("insert into month_guard (guard_month) values (?) on conflict do nothing")
        .param(month.toString())
        .update();
    jdbc.sql("select guard_month from month_guard where guard_month = ? " + lock)
        .param(month.toString())
        .query(String.class)
        .single();
  }

  /**
   * Stores the month's draft: a new one when there is no {@code current} row, else in place of the
   * draft that was read, and only while it is still that draft (same version, not published).
   * Returns the version written.
   */
  long saveDraft(
      YearMonth month,
      Optional<MonthRow> current,
      List<EmployeeStatement> statements,
      String by,
      Instant at) {
    if (current.isEmpty()) {
      jdbc.sql(
              "insert into settlement_month (settle_month, status, computed_at, computed_by)"
                  + " values (?, 'DRAFT', ?, ?)")
          .params(month.toString(), Timestamp.from(at), by)
          .update();
    } else {
      requireOne(
          jdbc.sql(
                  "update settlement_month set computed_at = ?, computed_by = ?,"
                      + " version = version + 1"
                      + " where settle_month = ? and status = 'DRAFT' and version = ?")
              .params(Timestamp.from(at), by, month.toString(), current.get().version())
              .update(),
          month);
    }
    jdbc.sql("delete from settlement_statement where settle_month = ?")
        .param(month.toString())
        .update();
    List<Object[]> rows = new ArrayList<>(statements.size());
    for (EmployeeStatement s : statements) {
      rows.add(
          new Object[] {
            month.toString(),
            s.employeeCode(),
            s.storeCode(),
            s.fineTotal().amount(),
            s.pointsDeducted().value(),
            s.pointsRemaining() == null ? null : s.pointsRemaining().value(),
            new SqlArrayValue("varchar", s.flags().toArray()),
            json.writeValueAsString(s.lines().stream().map(PlainLine::of).toList()),
            s.score(),
            new SqlArrayValue("varchar", s.scoreFlags().toArray()),
            s.rankInStore(),
            s.rankInGroup(),
            s.pay() == null ? null : json.writeValueAsString(PlainPay.of(s.pay()))
          });
    }
    template.batchUpdate(
        "insert into settlement_statement (settle_month, employee_code, store_code, fine_total,"
            + " points_deducted, points_remaining, flags, lines_json, score, score_flags,"
            + " rank_in_store, rank_in_group, pay_json)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    return current.map(c -> c.version() + 1).orElse(0L);
  }

  /** Publishes the draft of {@code version}, the one just written. */
  void publish(YearMonth month, long version, String by, Instant at) {
    requireOne(
        jdbc.sql(
                "update settlement_month set status = 'PUBLISHED', published_at = ?,"
                    + " published_by = ?, version = version + 1"
                    + " where settle_month = ? and status = 'DRAFT' and version = ?")
            .params(Timestamp.from(at), by, month.toString(), version)
            .update(),
        month);
  }

  /** The month guard makes this unreachable; should it ever fail, nothing is written. */
  private static void requireOne(int updated, YearMonth month) {
    if (updated != 1) {
      throw new Conflict("settlement " + month + " was changed meanwhile");
    }
  }

  /**
   * Narrows a query on statements to one store and one employee where given; built up rather than
   * "? is null or …": PostgreSQL cannot type a bare null parameter.
   */
  private static void narrow(
      StringBuilder sql, List<Object> params, String storeCode, String employeeCode) {
    if (storeCode != null) {
      sql.append(" and store_code = ?");
      params.add(storeCode);
    }
    if (employeeCode != null) {
      sql.append(" and employee_code = ?");
      params.add(employeeCode);
    }
  }

  /** Statements of a month, optionally only one store's or one employee's. */
  List<EmployeeStatement> statements(YearMonth month, String storeCode, String employeeCode) {
    StringBuilder sql =
        new StringBuilder(
            "select employee_code, store_code, fine_total, points_deducted, points_remaining,"
                + " flags, lines_json, score, score_flags, rank_in_store, rank_in_group, pay_json"
                + " from settlement_statement where settle_month = ?");
    List<Object> params = new ArrayList<>(List.of(month.toString()));
    narrow(sql, params, storeCode, employeeCode);
    sql.append(" order by store_code, employee_code");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new EmployeeStatement(
                    rs.getString(1),
                    rs.getString(2),
                    Money.of(rs.getBigDecimal(3)),
                    Points.of(rs.getBigDecimal(4)),
                    rs.getBigDecimal(5) == null ? null : Points.of(rs.getBigDecimal(5)),
                    elements(rs.getArray(6), String.class::cast),
                    json.readValue(rs.getString(7), LINES).stream().map(PlainLine::toLine).toList(),
                    rs.getBigDecimal(8),
                    elements(rs.getArray(9), String.class::cast),
                    rs.getObject(10, Integer.class),
                    rs.getObject(11, Integer.class),
                    rs.getString(12) == null
                        ? null
                        : json.readValue(rs.getString(12), PlainPay.class).toPay()))
        .list();
  }

  /** Scores and ranks of the published months from {@code from} to {@code to}, in month order. */
  List<PublishedMonths.Standing> standings(YearMonth from, YearMonth to) {
    return jdbc.sql(
            "select settle_month, employee_code, store_code, score, rank_in_store, rank_in_group"
                + " from settlement_statement where settle_month between ? and ?"
                + " and settle_month in (select settle_month from settlement_month"
                + " where status = 'PUBLISHED') order by settle_month, employee_code")
        .params(from.toString(), to.toString())
        .query(
            (rs, n) ->
                new PublishedMonths.Standing(
                    YearMonth.parse(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBigDecimal(4),
                    rs.getObject(5, Integer.class),
                    rs.getObject(6, Integer.class)))
        .list();
  }

  /**
   * Totals of the months from {@code from} to {@code to} per month and store, optionally of one
   * store or one employee, optionally of published months only: a single grouped query on the month
   * and store index.
   */
  List<MonthTotals> totals(
      YearMonth from, YearMonth to, String storeCode, String employeeCode, boolean published) {
    StringBuilder sql =
        new StringBuilder(
            "select settle_month, store_code, sum(fine_total), sum(points_deducted), count(*),"
                + " sum(case when cardinality(flags) > 0 then 1 else 0 end), min(points_remaining)"
                + " from settlement_statement where settle_month between ? and ?");
    List<Object> params = new ArrayList<>(List.of(from.toString(), to.toString()));
    narrow(sql, params, storeCode, employeeCode);
    if (published) {
      sql.append(
          " and settle_month in (select settle_month from settlement_month"
              + " where status = 'PUBLISHED')");
    }
    sql.append(" group by settle_month, store_code order by settle_month, store_code");
    return jdbc.sql(sql.toString())
        .params(params)
        .query(
            (rs, n) ->
                new MonthTotals(
                    YearMonth.parse(rs.getString(1)),
                    rs.getString(2),
                    Money.of(rs.getBigDecimal(3)),
                    Points.of(rs.getBigDecimal(4)),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getBigDecimal(7) == null ? null : Points.of(rs.getBigDecimal(7))))
        .list();
  }

  /**
   * Remaining points of the months before {@code month}, most recent first, per employee; a month
   * without a statement for someone is a null entry, which breaks a streak.
   */
  Map<String, List<Points>> previousRemaining(YearMonth month, int months) {
    Map<String, Points[]> byEmployee = new HashMap<>();
    YearMonth first = month.minusMonths(months);
    jdbc.sql(
            "select employee_code, settle_month, points_remaining from settlement_statement"
                + " where settle_month >= ? and settle_month < ?")
        .params(first.toString(), month.toString())
        .query(
            rs -> {
              int back =
                  (int)
                      (month.getYear() * 12L
                          + month.getMonthValue()
                          - YearMonth.parse(rs.getString(2)).getYear() * 12L
                          - YearMonth.parse(rs.getString(2)).getMonthValue());
              BigDecimal remaining = rs.getBigDecimal(3);
              byEmployee.computeIfAbsent(rs.getString(1), k -> new Points[months])[back - 1] =
                  remaining == null ? null : Points.of(remaining);
            });
    Map<String, List<Points>> out = new HashMap<>();
    byEmployee.forEach((k, v) -> out.put(k, Arrays.asList(v)));
    return out;
  }

  List<Adjustment> adjustments(YearMonth month) {
    return jdbc.sql(
            "select employee_code, fine, points, cites_month, incident_ids, note"
                + " from settlement_adjustment where settle_month = ? order by id")
        .param(month.toString())
        .query(
            (rs, n) ->
                new Adjustment(
                    rs.getString(1),
                    Money.of(rs.getBigDecimal(2)),
                    Points.of(rs.getBigDecimal(3)),
                    rs.getString(4),
                    elements(rs.getArray(5), id -> ((Number) id).longValue()),
                    rs.getString(6)))
        .list();
  }

  void addAdjustment(YearMonth target, Adjustment a, String by, Instant at) {
    jdbc.sql(
            "insert into settlement_adjustment (settle_month, employee_code, fine, points,"
                + " cites_month, incident_ids, note, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            target.toString(),
            a.employeeCode(),
            a.fine().amount(),
            a.points().value(),
            a.citesMonth(),
            new SqlArrayValue("bigint", a.incidentIds().toArray()),
            a.note(),
            Timestamp.from(at),
            by)
        .update();
  }

  /** What became of a late granted appeal on the incident, once it was carried. */
  Optional<Carried> appealCorrection(long incidentId) {
    return jdbc.sql(
            "select c.cites_month, c.into_month, m.settle_month from appeal_correction c"
                + " left join settlement_month m on m.settle_month = c.into_month"
                + " where c.incident_id = ?")
        .param(incidentId)
        .query(
            (rs, n) ->
                new Carried(
                    YearMonth.parse(rs.getString(1)),
                    Optional.ofNullable(rs.getString(2)).map(YearMonth::parse),
                    rs.getString(3) != null))
        .optional();
  }

  /**
   * Marks the incident's late granted appeal as carried; a second mark of the same incident fails
   * on the key, so two deliveries at once cannot both carry it.
   */
  void markAppealCarried(
      long incidentId, YearMonth cites, Optional<YearMonth> into, String by, Instant at) {
    jdbc.sql(
            "insert into appeal_correction (incident_id, cites_month, into_month, created_at,"
                + " created_by) values (?, ?, ?, ?, ?)")
        .params(
            incidentId,
            cites.toString(),
            into.map(YearMonth::toString).orElse(null),
            Timestamp.from(at),
            by)
        .update();
  }

  private static MonthRow monthRow(ResultSet rs, int row) throws SQLException {
    return new MonthRow(
        YearMonth.parse(rs.getString(1)),
        SettlementStatus.valueOf(rs.getString(2)),
        rs.getTimestamp(3).toInstant(),
        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
        rs.getLong(5));
  }

  /**
   * The elements of an SQL array column, in their stored order. The drivers answer different array
   * classes ({@code String[]} or {@code Object[]}, {@code Long[]}), so each element is converted.
   */
  private static <T> List<T> elements(java.sql.Array array, Function<Object, T> element)
      throws SQLException {
    if (array == null) {
      return List.of(); // a column added later, null in the rows written before it
    }
    try {
      return Arrays.stream((Object[]) array.getArray()).map(element).toList();
    } finally {
      array.free();
    }
  }
}
