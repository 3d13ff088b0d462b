package kefu.registers.keys;

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
import kefu.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The key register's rows: inserted, never updated. */
@Repository
class KeyStore {

  private static final String KEY_COLUMNS =
      """
      k.id, k.store_code, k.code, k.key_class, k.custodian_code, k.sealed,
      (select c.seal_after from key_opening o join key_opening_closing c on c.opening_id = o.id
        where o.key_id = k.id order by c.closed_at desc, o.id desc fetch first 1 row only) seal
      """;

  private static final String LOAN_SELECT =
      """
      select l.id, l.key_id, k.store_code, k.code, l.borrower_code, l.approver_code, l.approval,
             l.purpose, l.borrowed_at, r.returned_at, r.received_by_code
      from key_loan l join register_key k on k.id = l.key_id
      left join key_return r on r.loan_id = l.id
      """;

  private static final String OPENING_SELECT =
      """
      select o.id, o.key_id, k.store_code, k.code, o.approver_code, o.approval, o.guard_name,
             o.reason, o.opened_at, o.seal_before, c.closed_at, c.seal_after
      from key_opening o join register_key k on k.id = o.key_id
      left join key_opening_closing c on c.opening_id = o.id
      """;

  private static final String LOSS_SELECT =
      """
      select x.id, x.key_id, k.store_code, k.code, x.reported_by_code, x.lost_at, x.circumstances,
             d.remedy, d.approver_code, d.approval, d.decided_at, d.cost
      from key_loss x join register_key k on k.id = x.key_id
      left join key_loss_decision d on d.loss_id = x.id
      """;

  private final JdbcClient jdbc;

  KeyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String storeCode, String code) {
    return jdbc.sql("select count(*) from register_key where store_code = ? and code = ?")
            .params(storeCode, code)
            .query(Long.class)
            .single()
        > 0;
  }

  long insertKey(
      String storeCode,
      String code,
      KeyClass keyClass,
      String custodianCode,
      boolean sealed,
      String by,
      Instant at) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into register_key
              (store_code, code, key_class, custodian_code, sealed, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(storeCode, code, keyClass.name(), custodianCode, sealed, by, utc(at))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  Optional<RegisterKey> key(long id) {
    return jdbc.sql("select " + KEY_COLUMNS + " from register_key k where k.id = ?")
        .param(id)
        .query(KeyStore::key)
        .optional();
  }

  /**
   * Holds the key's row until the transaction ends, so two loans (or openings) of one key are
   * decided one after the other.
   */
  void hold(long keyId) {
    jdbc.sql("select id from register_key where id = ? for update")
        .param(keyId)
        .query()
        .listOfRows();
  }

  List<RegisterKey> keys(String storeCode) {
    return jdbc.sql(
            "select "
                + KEY_COLUMNS
                + " from register_key k where (cast(? as varchar) is null or k.store_code = ?)"
                + " order by k.store_code, k.code")
        .params(storeCode, storeCode)
        .query(KeyStore::key)
        .list();
  }

  long insertLoan(
      long keyId, String borrowerCode, Approval approval, String purpose, Instant at, Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into key_loan (key_id, borrower_code, approver_code, approval, purpose,
              borrowed_at, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            keyId,
            borrowerCode,
            approval.approverCode(),
            approval.kind().name(),
            purpose,
            utc(at),
            approval.recordedBy(),
            utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  void insertReturn(long loanId, String receivedByCode, Instant at, String by, Instant now) {
    jdbc.sql(
            """
            insert into key_return (loan_id, returned_at, received_by_code, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(loanId, utc(at), receivedByCode, by, utc(now))
        .update();
  }

  Optional<KeyLoan> loan(long id) {
    return jdbc.sql(LOAN_SELECT + " where l.id = ?").param(id).query(KeyStore::loan).optional();
  }

  Optional<KeyLoan> openLoan(long keyId) {
    return jdbc.sql(LOAN_SELECT + " where l.key_id = ? and r.loan_id is null")
        .param(keyId)
        .query(KeyStore::loan)
        .optional();
  }

  /** Loans of the store's keys (all stores when null) borrowed before {@code until}. */
  List<KeyLoan> loansBefore(String storeCode, Instant until, Instant notReturnedBy) {
    return jdbc.sql(
            LOAN_SELECT
                + """
                 where (cast(? as varchar) is null or k.store_code = ?) and l.borrowed_at < ?
                   and (r.returned_at is null or r.returned_at >= ?)
                 order by l.borrowed_at, l.id""")
        .params(storeCode, storeCode, utc(until), utc(notReturnedBy))
        .query(KeyStore::loan)
        .list();
  }

  List<KeyLoan> loansOf(long keyId) {
    return jdbc.sql(LOAN_SELECT + " where l.key_id = ? order by l.borrowed_at desc, l.id desc")
        .param(keyId)
        .query(KeyStore::loan)
        .list();
  }

  long insertOpening(
      long keyId,
      Approval approval,
      List<String> witnesses,
      String guardName,
      String reason,
      Instant openedAt,
      String sealBefore,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into key_opening (key_id, approver_code, approval, guard_name, reason,
              opened_at, seal_before, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            keyId,
            approval.approverCode(),
            approval.kind().name(),
            guardName,
            reason,
            utc(openedAt),
            sealBefore,
            approval.recordedBy(),
            utc(now))
        .update(id, "id");
    long openingId = id.getKeyAs(Number.class).longValue();
    for (int i = 0; i < witnesses.size(); i++) {
      jdbc.sql(
              "insert into key_opening_witness (opening_id, position, employee_code) values (?, ?, ?)")
          .params(openingId, i, witnesses.get(i))
          .update();
    }
    return openingId;
  }

  void insertClosing(long openingId, Instant closedAt, String sealAfter, String by, Instant now) {
    jdbc.sql(
            """
            insert into key_opening_closing (opening_id, closed_at, seal_after, recorded_by,
              recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(openingId, utc(closedAt), sealAfter, by, utc(now))
        .update();
  }

  Optional<EmergencyOpening> opening(long id) {
    return openings(" where o.id = ?", id).stream().findFirst();
  }

  Optional<EmergencyOpening> openOpening(long keyId) {
    return openings(" where o.key_id = ? and c.opening_id is null", keyId).stream().findFirst();
  }

  List<EmergencyOpening> openingsOf(String storeCode) {
    return openings(
        " where (cast(? as varchar) is null or k.store_code = ?) order by o.opened_at desc, o.id"
            + " desc",
        storeCode,
        storeCode);
  }

  private List<EmergencyOpening> openings(String where, Object... params) {
    return jdbc
        .sql(OPENING_SELECT + where)
        .params(params)
        .query(
            (ResultSet rs, int n) ->
                new EmergencyOpening(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    ApprovalKind.valueOf(rs.getString(6)),
                    List.of(),
                    rs.getString(7),
                    rs.getString(8),
                    instant(rs, 9),
                    rs.getString(10),
                    instant(rs, 11),
                    rs.getString(12)))
        .list()
        .stream()
        .map(o -> o.witnessedBy(witnesses(o.id())))
        .toList();
  }

  private List<String> witnesses(long openingId) {
    return jdbc.sql(
            "select employee_code from key_opening_witness where opening_id = ? order by position")
        .param(openingId)
        .query(String.class)
        .list();
  }

  long insertLoss(
      long keyId,
      String reportedByCode,
      Instant lostAt,
      String circumstances,
      String by,
      Instant now) {
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into key_loss (key_id, reported_by_code, lost_at, circumstances, recorded_by,
              recorded_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(keyId, reportedByCode, utc(lostAt), circumstances, by, utc(now))
        .update(id, "id");
    return id.getKeyAs(Number.class).longValue();
  }

  void insertDecision(
      long lossId,
      KeyLoss.Remedy remedy,
      Approval approval,
      Instant decidedAt,
      BigDecimal cost,
      Instant now) {
    jdbc.sql(
            """
            insert into key_loss_decision (loss_id, remedy, approver_code, approval, decided_at,
              cost, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            lossId,
            remedy.name(),
            approval.approverCode(),
            approval.kind().name(),
            utc(decidedAt),
            cost,
            approval.recordedBy(),
            utc(now))
        .update();
  }

  Optional<KeyLoss> loss(long id) {
    return losses(" where x.id = ?", id).stream().findFirst();
  }

  /** The key's loss still waiting for its re-key or lock-change order, if one is. */
  Optional<KeyLoss> undecidedLoss(long keyId) {
    return losses(" where x.key_id = ? and d.loss_id is null", keyId).stream().findFirst();
  }

  List<KeyLoss> lossesOf(String storeCode) {
    return losses(
        " where (cast(? as varchar) is null or k.store_code = ?) order by x.lost_at desc, x.id desc",
        storeCode,
        storeCode);
  }

  private List<KeyLoss> losses(String where, Object... params) {
    return jdbc.sql(LOSS_SELECT + where)
        .params(params)
        .query(
            (ResultSet rs, int n) -> {
              String remedy = rs.getString(8);
              String approval = rs.getString(10);
              BigDecimal cost = rs.getBigDecimal(12);
              return new KeyLoss(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  instant(rs, 6),
                  rs.getString(7),
                  remedy == null ? null : KeyLoss.Remedy.valueOf(remedy),
                  rs.getString(9),
                  approval == null ? null : ApprovalKind.valueOf(approval),
                  instant(rs, 11),
                  cost == null ? null : Money.of(cost));
            })
        .list();
  }

  private static RegisterKey key(ResultSet rs, int row) throws SQLException {
    return new RegisterKey(
        rs.getLong("id"),
        rs.getString("store_code"),
        rs.getString("code"),
        KeyClass.valueOf(rs.getString("key_class")),
        rs.getString("custodian_code"),
        rs.getBoolean("sealed"),
        rs.getString("seal"));
  }

  private static KeyLoan loan(ResultSet rs, int row) throws SQLException {
    return new KeyLoan(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        ApprovalKind.valueOf(rs.getString(7)),
        rs.getString(8),
        instant(rs, 9),
        instant(rs, 10),
        rs.getString(11));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
