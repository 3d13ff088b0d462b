package kefu.service.callback;

import java.time.LocalDate;
import java.util.List;
import kefu.service.CallbackDay;
import kefu.service.CallbackDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One grouped statement over the callbacks' day index, for one store or all. */
@Component
class CallbackDaysQuery implements CallbackDays {

  private final JdbcClient jdbc;

  CallbackDaysQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  public List<CallbackDay> recorded(String storeCode, LocalDate from, LocalDate to) {
    boolean one = storeCode != null;
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                "select store_code, called_on, min(recorded_at) from callback"
                    + " where called_on between :from and :to"
                    + (one ? " and store_code = :store" : "")
                    + " group by store_code, called_on")
            .param("from", from)
            .param("to", to);
    if (one) {
      spec = spec.param("store", storeCode);
    }
    return spec.query(
            (rs, n) ->
                new CallbackDay(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }
}
