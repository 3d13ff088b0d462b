package kefu.compliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the sweep has judged everything due up to. Work due before it was judged once and for all
 * (what a later record changes, the record itself reconsiders), so a sweep looks only at what fell
 * due since; a record that makes earlier work owed lowers the mark to that work's due time.
 */
@Component
record SweepMark(JdbcClient jdbc) {

  Optional<Instant> sweptThrough() {
    return jdbc.sql("select swept_through from compliance_sweep_mark where id = 1")
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .single();
  }

  /** Moves the mark forward to {@code asOf}, never back. */
  void advanceTo(Instant asOf) {
    jdbc.sql(
            "update compliance_sweep_mark set swept_through = ?"
                + " where id = 1 and (swept_through is null or swept_through < ?)")
        .params(Timestamp.from(asOf), Timestamp.from(asOf))
        .update();
  }

  /** Makes the next sweep look again at work due after {@code instant}. */
  void lowerTo(Instant instant) {
    jdbc.sql(
            "update compliance_sweep_mark set swept_through = ?"
                + " where id = 1 and swept_through > ?")
        .params(Timestamp.from(instant), Timestamp.from(instant))
        .update();
  }
}
