package kefu.registers.members;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import kefu.organization.Accounts;
import kefu.settlement.CustomerRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a store's member files of a month per employee, for the scorecard's completeness and
 * efficiency (SPEC §8.3: the agent's customer records are callbacks and members). A file counts in
 * the month it was joined, once: as it stands (a corrected file as its correction), for the
 * employee whose login recorded that version; a login linked to no employee counts for nobody.
 * Member files have a name and a phone but no reported data, so only the first two can be required
 * of them.
 */
@Component
@Transactional(readOnly = true)
class MemberRecordCounts implements CustomerRecords {

  private static final Map<String, String> COLUMNS =
      Map.of("customerName", "name", "customerPhone", "phone");

  private final JdbcClient jdbc;
  private final Accounts accounts;

  MemberRecordCounts(JdbcClient jdbc, Accounts accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  @Override
  public Map<String, Count> ofMonth(
      String storeCode, YearMonth month, Collection<String> requiredFields) {
    for (String f : requiredFields) {
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("not a customer record field: " + f);
      }
    }
    String filled =
        requiredFields.stream()
            .map(COLUMNS::get)
            .filter(java.util.Objects::nonNull)
            .map(column -> "coalesce(trim(" + column + "), '') <> ''")
            .collect(Collectors.joining(" and "));
    Map<String, Count> byLogin = new HashMap<>();
    jdbc.sql(
            "select recorded_by, count(*) as records,"
                + " sum(case when "
                + (filled.isEmpty() ? "1 = 1" : filled)
                + " then 1 else 0 end) as complete"
                + " from member_file m where store_code = ? and joined_on between ? and ?"
                + " and not exists (select 1 from member_file c where c.corrects_id = m.id)"
                + " group by recorded_by")
        .params(storeCode, month.atDay(1), month.atEndOfMonth())
        .query(
            rs -> {
              byLogin.put(
                  rs.getString("recorded_by"),
                  new Count(rs.getInt("records"), rs.getInt("complete")));
            });
    Map<String, String> employees = accounts.employeeCodes(byLogin.keySet());
    Map<String, Count> counts = new HashMap<>();
    byLogin.forEach(
        (login, count) -> {
          String employee = employees.get(login);
          if (employee != null) {
            counts.merge(employee, count, Count::plus);
          }
        });
    return counts;
  }
}
