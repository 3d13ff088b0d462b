package kefu.registers;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import kefu.registers.desk.RegisterEntryChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What waits in each store's registers for its managers' home page: the keys still out on loan and
 * the handovers unsigned for more than a day (SPEC §8.4). The counts of every store are read in one
 * statement and kept for a minute at most, and dropped as soon as a key is lent or returned or a
 * handover recorded or decided here, so the home page itself sends no statement for them.
 */
@Component
class RegisterWaiting {

  /** A handover not signed or refused within a day is listed (SPEC §8.4). */
  private static final Duration SIGN_WITHIN = Duration.ofDays(1);

  /** How long the counts are kept when nothing here changed them. */
  private static final Duration KEPT = Duration.ofMinutes(1);

  /** What waits in one store. */
  record Waiting(long keysOut, long unsignedHandovers) {
    static final Waiting NONE = new Waiting(0, 0);
  }

  private record Counts(Instant takenAt, Map<String, Waiting> byStore) {}

  private final JdbcClient jdbc;
  private final Registers registers;
  private volatile Counts counts;

  RegisterWaiting(JdbcClient jdbc, Registers registers) {
    this.jdbc = jdbc;
    this.registers = registers;
  }

  Waiting in(String storeCode) {
    Instant now = registers.now();
    Counts known = counts;
    if (known == null || known.takenAt().plus(KEPT).isBefore(now)) {
      known = new Counts(now, read(now));
      counts = known;
    }
    return known.byStore().getOrDefault(storeCode, Waiting.NONE);
  }

  @TransactionalEventListener
  void keyMoved(RegisterEntryRecorded entry) {
    if (entry.entry().equals("key-loan") || entry.entry().equals("key-return")) {
      counts = null;
    }
  }

  @TransactionalEventListener
  void handoverMoved(RegisterEntryChanged entry) {
    if (entry.register().equals("handover")) {
      counts = null;
    }
  }

  private Map<String, Waiting> read(Instant now) {
    Map<String, Waiting> byStore = new HashMap<>();
    jdbc.sql(
            """
            select store_code, sum(keys_out), sum(unsigned) from (
              select k.store_code, 1 keys_out, 0 unsigned
              from key_loan l join register_key k on k.id = l.key_id
              where not exists (select 1 from key_return r where r.loan_id = l.id)
              union all
              select h.store_code, 0, 1 from handover h
              where h.status = 'PENDING' and h.handed_at < ?
                and not exists (select 1 from handover c where c.corrects_id = h.id)
            ) waiting group by store_code""")
        .param(now.minus(SIGN_WITHIN).atOffset(ZoneOffset.UTC))
        .query(
            rs -> {
              byStore.put(rs.getString(1), new Waiting(rs.getLong(2), rs.getLong(3)));
            });
    return byStore;
  }
}
