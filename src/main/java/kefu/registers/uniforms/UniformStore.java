package kefu.registers.uniforms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kefu.registers.Approval;
import kefu.registers.ApprovalKind;
import kefu.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The uniform register's rows: movements, damage reports, plans and their decisions are inserted
 * and never changed; the stock per item and size moves only with a movement, in its transaction.
 */
@Repository
class UniformStore {

  private static final String MOVEMENT_SELECT =
      """
      select id, kind, item, size, quantity, on_day, employee_code, approver_code, approval, note,
             plan_id
      from uniform_movement
      """;

  private static final String DAMAGE_SELECT =
      """
      select id, employee_code, item, size, kind, personal_fault, compensation, reported_on, note,
             pack_id, pack_version, clause
      from uniform_damage
      """;

  private static final String PLAN_SELECT =
      """
      select p.id, p.item, p.size, p.style, p.colour, p.material, p.quantity, p.budget,
             d.approved, d.approver_code, d.approval, d.decided_on,
             (select coalesce(sum(m.quantity), 0) from uniform_movement m where m.plan_id = p.id)
      from uniform_plan p left join uniform_plan_decision d on d.plan_id = p.id
      """;

  private final JdbcClient jdbc;

  UniformStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String item, String size, int quantity) {
    jdbc.sql(
            "insert into uniform_stock (item, size, quantity) values (?, ?, 0) on conflict do"
                + " nothing")
        .params(item, size)
        .update();
    jdbc.sql("update uniform_stock set quantity = quantity + ? where item = ? and size = ?")
        .params(quantity, item, size)
        .update();
  }

  /** Takes from the stock if it holds that many at the moment the row is held; else false. */
  boolean take(String item, String size, int quantity) {
    return jdbc.sql(
                "update uniform_stock set quantity = quantity - ? where item = ? and size = ? and"
                    + " quantity >= ?")
            .params(quantity, item, size, quantity)
            .update()
        == 1;
  }

  int balance(String item, String size) {
    return jdbc.sql("select quantity from uniform_stock where item = ? and size = ?")
        .params(item, size)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  List<UniformStock> stock() {
    return jdbc.sql("select item, size, quantity from uniform_stock order by item, size")
        .query((rs, n) -> new UniformStock(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .list();
  }

  long insertMovement(
      UniformMovement.Kind kind,
      String item,
      String size,
      int quantity,
      LocalDate on,
      String employeeCode,
      Approval approval,
      String note,
      Long planId,
      String by,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into uniform_movement (kind, item, size, quantity, on_day, employee_code,
              approver_code, approval, note, plan_id, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            kind.name(),
            item,
            size,
            quantity,
            on,
            employeeCode,
            approval == null ? null : approval.approverCode(),
            approval == null ? null : approval.kind().name(),
            note,
            planId,
            by,
            utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  Optional<UniformMovement> movement(long id) {
    return jdbc.sql(MOVEMENT_SELECT + " where id = ?")
        .param(id)
        .query(UniformStore::movement)
        .optional();
  }

  List<UniformMovement> movements() {
    return jdbc.sql(MOVEMENT_SELECT + " order by on_day desc, id desc")
        .query(UniformStore::movement)
        .list();
  }

  /** Every issue, oldest first: the renewal list and entitlements are worked out from them. */
  List<UniformMovement> issues() {
    return jdbc.sql(MOVEMENT_SELECT + " where kind = 'ISSUE' order by on_day, id")
        .query(UniformStore::movement)
        .list();
  }

  long insertDamage(
      String employeeCode,
      String item,
      String size,
      UniformDamage.Kind kind,
      boolean personalFault,
      Money compensation,
      LocalDate reportedOn,
      String note,
      UniformPack.InForce pack,
      String by,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into uniform_damage (employee_code, item, size, kind, personal_fault,
              compensation, reported_on, note, pack_id, pack_version, clause, recorded_by,
              recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            employeeCode,
            item,
            size,
            kind.name(),
            personalFault,
            compensation == null ? null : compensation.amount(),
            reportedOn,
            note,
            personalFault ? pack.packId() : null,
            personalFault ? pack.packVersion() : null,
            personalFault ? pack.terms().compensationClause() : null,
            by,
            utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  Optional<UniformDamage> damage(long id) {
    return jdbc.sql(DAMAGE_SELECT + " where id = ?")
        .param(id)
        .query(UniformStore::damage)
        .optional();
  }

  /** The compensations reported in a month, for its statements. */
  List<UniformDamage> compensations(YearMonth month) {
    return jdbc.sql(
            DAMAGE_SELECT
                + " where personal_fault and reported_on >= ? and reported_on <= ? order by id")
        .params(month.atDay(1), month.atEndOfMonth())
        .query(UniformStore::damage)
        .list();
  }

  List<UniformDamage> damages() {
    return jdbc.sql(DAMAGE_SELECT + " order by reported_on desc, id desc")
        .query(UniformStore::damage)
        .list();
  }

  long insertPlan(
      String item,
      String size,
      String style,
      String colour,
      String material,
      int quantity,
      Money budget,
      String by,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into uniform_plan (item, size, style, colour, material, quantity, budget,
              recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(item, size, style, colour, material, quantity, budget.amount(), by, utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  void insertDecision(
      long planId, boolean approved, Approval approval, String reason, LocalDate on, Instant now) {
    jdbc.sql(
            """
            insert into uniform_plan_decision (plan_id, approved, approver_code, approval, reason,
              decided_on, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            planId,
            approved,
            approval.approverCode(),
            approval.kind().name(),
            reason,
            on,
            approval.recordedBy(),
            utc(now))
        .update();
  }

  Optional<UniformPlan> plan(long id) {
    return jdbc.sql(PLAN_SELECT + " where p.id = ?").param(id).query(UniformStore::plan).optional();
  }

  /** Holds the plan's row, so its decision and acceptance are made one at a time. */
  void holdPlan(long id) {
    jdbc.sql("select id from uniform_plan where id = ? for update").param(id).query().listOfRows();
  }

  List<UniformPlan> plans() {
    return jdbc.sql(PLAN_SELECT + " order by p.id desc").query(UniformStore::plan).list();
  }

  private static UniformMovement movement(ResultSet rs, int row) throws SQLException {
    String approval = rs.getString(9);
    Long planId = rs.getObject(11) == null ? null : rs.getLong(11);
    return new UniformMovement(
        rs.getLong(1),
        UniformMovement.Kind.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getObject(6, LocalDate.class),
        rs.getString(7),
        rs.getString(8),
        approval == null ? null : ApprovalKind.valueOf(approval),
        rs.getString(10),
        planId);
  }

  private static UniformDamage damage(ResultSet rs, int row) throws SQLException {
    Integer version = rs.getObject(11) == null ? null : rs.getInt(11);
    return new UniformDamage(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        UniformDamage.Kind.valueOf(rs.getString(5)),
        rs.getBoolean(6),
        rs.getBigDecimal(7) == null ? null : Money.of(rs.getBigDecimal(7)),
        rs.getObject(8, LocalDate.class),
        rs.getString(9),
        rs.getString(10),
        version,
        rs.getString(12));
  }

  private static UniformPlan plan(ResultSet rs, int row) throws SQLException {
    Boolean approved = rs.getObject(9) == null ? null : rs.getBoolean(9);
    String approval = rs.getString(11);
    return new UniformPlan(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        Money.of(rs.getBigDecimal(8)),
        approved,
        rs.getString(10),
        approval == null ? null : ApprovalKind.valueOf(approval),
        rs.getObject(12, LocalDate.class),
        rs.getInt(13));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
