package kefu.registers.hazmat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kefu.registers.Approval;
import kefu.registers.ApprovalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Movements (inserted, never changed) and each store's balance per item, which only ever moves by a
 * movement's quantity in the same transaction.
 */
@Repository
class HazmatStore {

  private static final String MOVEMENT_SELECT =
      """
      select id, kind, store_code, item, quantity, at_time, person_code, approver_code, approval,
             draw_id
      from hazmat_movement
      """;

  private final JdbcClient jdbc;

  HazmatStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String storeCode, String item, BigDecimal quantity) {
    jdbc.sql(
            "insert into hazmat_stock (store_code, item, quantity) values (?, ?, 0) on conflict do"
                + " nothing")
        .params(storeCode, item)
        .update();
    jdbc.sql("update hazmat_stock set quantity = quantity + ? where store_code = ? and item = ?")
        .params(quantity, storeCode, item)
        .update();
  }

  /**
   * Takes {@code quantity} from the balance if there is that much; false, with nothing changed,
   * when there is not. The condition is checked on the row as it is when the update holds it, so
   * draws at the same moment never take the balance below zero.
   */
  boolean take(String storeCode, String item, BigDecimal quantity) {
    return jdbc.sql(
                """
                update hazmat_stock set quantity = quantity - ?
                where store_code = ? and item = ? and quantity >= ?""")
            .params(quantity, storeCode, item, quantity)
            .update()
        == 1;
  }

  /** Holds the balance row until the transaction ends (returns of one draw, one at a time). */
  void hold(String storeCode, String item) {
    jdbc.sql("select quantity from hazmat_stock where store_code = ? and item = ? for update")
        .params(storeCode, item)
        .query()
        .listOfRows();
  }

  long insert(
      HazmatMovement.Kind kind,
      String storeCode,
      String item,
      BigDecimal quantity,
      Instant at,
      String personCode,
      Approval approval,
      Long drawId,
      String by,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into hazmat_movement (kind, store_code, item, quantity, at_time, person_code,
              approver_code, approval, draw_id, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            kind.name(),
            storeCode,
            item,
            quantity,
            utc(at),
            personCode,
            approval == null ? null : approval.approverCode(),
            approval == null ? null : approval.kind().name(),
            drawId,
            by,
            utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  Optional<HazmatMovement> movement(long id) {
    return jdbc.sql(MOVEMENT_SELECT + " where id = ?")
        .param(id)
        .query(HazmatStore::movement)
        .optional();
  }

  /** What has come back of a draw so far. */
  BigDecimal returned(long drawId) {
    return jdbc.sql(
            "select coalesce(sum(quantity), 0) from hazmat_movement where draw_id = ? and kind ="
                + " 'RETURN'")
        .param(drawId)
        .query(BigDecimal.class)
        .single();
  }

  List<HazmatMovement> movements(String storeCode) {
    return jdbc.sql(
            MOVEMENT_SELECT
                + " where (cast(? as varchar) is null or store_code = ?) order by at_time desc, id"
                + " desc")
        .params(storeCode, storeCode)
        .query(HazmatStore::movement)
        .list();
  }

  List<HazmatStock> stock(String storeCode) {
    return jdbc.sql(
            """
            select store_code, item, quantity from hazmat_stock
            where (cast(? as varchar) is null or store_code = ?) order by store_code, item""")
        .params(storeCode, storeCode)
        .query(
            (rs, n) ->
                new HazmatStock(rs.getString(1), rs.getString(2), plain(rs.getBigDecimal(3))))
        .list();
  }

  BigDecimal balance(String storeCode, String item) {
    return jdbc.sql("select quantity from hazmat_stock where store_code = ? and item = ?")
        .params(storeCode, item)
        .query(BigDecimal.class)
        .optional()
        .map(HazmatStore::plain)
        .orElse(BigDecimal.ZERO);
  }

  private static HazmatMovement movement(ResultSet rs, int row) throws SQLException {
    String approval = rs.getString(9);
    Long drawId = rs.getObject(10) == null ? null : rs.getLong(10);
    return new HazmatMovement(
        rs.getLong(1),
        HazmatMovement.Kind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        plain(rs.getBigDecimal(5)),
        rs.getObject(6, OffsetDateTime.class).toInstant(),
        rs.getString(7),
        rs.getString(8),
        approval == null ? null : ApprovalKind.valueOf(approval),
        drawId);
  }

  /** 20.000 as 20, 1.500 as 1.5. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
