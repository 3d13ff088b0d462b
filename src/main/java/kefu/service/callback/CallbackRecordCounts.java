package kefu.service.callback;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kefu.settlement.CustomerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts a store's callbacks of a month per agent in one grouped query. */
@Component
@Transactional(readOnly = true)
class CallbackRecordCounts implements CustomerRecords {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "customerName", "customer_name",
          "customerPhone", "customer_phone",
          "reportedData", "reported_data");

  private final JdbcClient jdbc;

  CallbackRecordCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Count> ofMonth(
      String storeCode, YearMonth month, Collection<String> requiredFields) {
    String filled =
        requiredFields.isEmpty()
            ? "1 = 1"
            : requiredFields.stream()
                .map(
                    f -> {
                      String column = COLUMNS.get(f);
                      if (column == null) {
                        throw new IllegalArgumentException("not a customer record field: " + f);
                      }
                      return "coalesce(trim(" + column + "), '') <> ''";
                    })
                .collect(Collectors.joining(" and "));
    Map<String, Count> counts = new HashMap<>();
    jdbc.sql(
            "select employee_code, count(*) as records,"
                + " sum(case when "
                + filled
                + " then 1 else 0 end) as complete"
                + " from callback where store_code = ? and called_on between ? and ?"
                + " group by employee_code")
        .params(storeCode, month.atDay(1), month.atEndOfMonth())
        .query(
            rs -> {
              counts.put(
                  rs.getString("employee_code"),
                  new Count(rs.getInt("records"), rs.getInt("complete")));
            });
    return counts;
  }
}
