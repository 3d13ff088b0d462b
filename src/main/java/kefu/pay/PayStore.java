package kefu.pay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kefu.shared.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The reward and sale entries, read a month at a time for pages and the month close. */
@Repository
class PayStore {

  private static final String REWARD =
      """
      select id, employee_code, store_code, reward_type, occurred_at, occurred_on, event_grade,
        quantity, contract_amount, amount, pack_id, pack_version, clause, note, recorded_by,
        recorded_at, voided_by, voided_at, void_reason
      from reward_entry""";

  private static final String SALE =
      """
      select id, employee_code, store_code, completed_at, completed_on, amount, note, recorded_by,
        recorded_at, voided_by, voided_at, void_reason
      from sale_entry""";

  /** Entries of a month, optionally of one store and one employee, voided ones too on request. */
  private static final String FILTER =
      """
       where %1$s between :first and :last
        and (cast(:store as varchar) is null or store_code = :store)
        and (cast(:employee as varchar) is null or employee_code = :employee)
        and (:voided = true or voided_at is null)
      order by %1$s, id""";

  private final JdbcClient jdbc;

  PayStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(RewardEntry r) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into reward_entry (employee_code, store_code, reward_type, occurred_at,
              occurred_on, event_grade, quantity, contract_amount, amount, pack_id, pack_version,
              clause, note, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            r.employeeCode(),
            r.storeCode(),
            r.type().name(),
            utc(r.occurredAt()),
            r.occurredOn(),
            r.eventGrade(),
            r.quantity(),
            r.contractAmount(),
            r.amount().amount(),
            r.packId(),
            r.packVersion(),
            r.clause(),
            r.note(),
            r.state().recordedBy(),
            utc(r.state().recordedAt()))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  long insert(SaleEntry s) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into sale_entry (employee_code, store_code, completed_at, completed_on, amount,
              note, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            s.employeeCode(),
            s.storeCode(),
            utc(s.completedAt()),
            s.completedOn(),
            s.amount().amount(),
            s.note(),
            s.state().recordedBy(),
            utc(s.state().recordedAt()))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  Optional<RewardEntry> reward(long id) {
    return jdbc.sql(REWARD + " where id = ?").param(id).query(PayStore::reward).optional();
  }

  Optional<SaleEntry> sale(long id) {
    return jdbc.sql(SALE + " where id = ?").param(id).query(PayStore::sale).optional();
  }

  List<RewardEntry> rewards(YearMonth month, String store, String employee, boolean voided) {
    return month(REWARD, "occurred_on", PayStore::reward, month, store, employee, voided);
  }

  List<SaleEntry> sales(YearMonth month, String store, String employee, boolean voided) {
    return month(SALE, "completed_on", PayStore::sale, month, store, employee, voided);
  }

  private <T> List<T> month(
      String select,
      String day,
      RowMapper<T> row,
      YearMonth month,
      String store,
      String employee,
      boolean voided) {
    return jdbc.sql(select + FILTER.formatted(day))
        .param("first", month.atDay(1))
        .param("last", month.atEndOfMonth())
        .param("store", store)
        .param("employee", employee)
        .param("voided", voided)
        .query(row)
        .list();
  }

  /** Marks an entry voided unless it already is; whether it was marked now. */
  boolean markVoided(String table, long id, String by, Instant at, String reason) {
    return jdbc.sql(
                "update "
                    + table
                    + " set voided_by = ?, voided_at = ?, void_reason = ?"
                    + " where id = ? and voided_at is null")
            .params(by, utc(at), reason, id)
            .update()
        == 1;
  }

  private static RewardEntry reward(ResultSet rs, int row) throws SQLException {
    return new RewardEntry(
        rs.getLong("id"),
        rs.getString("employee_code"),
        rs.getString("store_code"),
        RewardType.valueOf(rs.getString("reward_type")),
        instant(rs, "occurred_at"),
        rs.getObject("occurred_on", LocalDate.class),
        rs.getString("event_grade"),
        (Integer) rs.getObject("quantity", Integer.class),
        rs.getBigDecimal("contract_amount"),
        Money.of(rs.getBigDecimal("amount")),
        rs.getString("pack_id"),
        rs.getInt("pack_version"),
        rs.getString("clause"),
        rs.getString("note"),
        state(rs));
  }

  private static SaleEntry sale(ResultSet rs, int row) throws SQLException {
    return new SaleEntry(
        rs.getLong("id"),
        rs.getString("employee_code"),
        rs.getString("store_code"),
        instant(rs, "completed_at"),
        rs.getObject("completed_on", LocalDate.class),
        Money.of(rs.getBigDecimal("amount")),
        rs.getString("note"),
        state(rs));
  }

  private static EntryState state(ResultSet rs) throws SQLException {
    return new EntryState(
        rs.getString("recorded_by"),
        instant(rs, "recorded_at"),
        rs.getString("voided_by"),
        instant(rs, "voided_at"),
        rs.getString("void_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
