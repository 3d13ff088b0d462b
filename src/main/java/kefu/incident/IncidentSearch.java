package kefu.incident;

import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The incident list's conditions as SQL. Only the filters given become part of it (no "parameter is
 * null or …" that a database plans for the worst case), so a month of a million incidents is read
 * through the index that fits: the month in time order for the group, the store first for a store,
 * the employee first for one person. A page is found among the ids alone, which those indexes hold
 * in list order: a deep page skips index entries, not table rows.
 *
 * @param where the condition, with named parameters
 * @param params their values
 */
record IncidentSearch(String where, Map<String, Object> params) {

  /**
   * Time order. The day comes first although the time alone would do: it leads the list indexes, so
   * the rows come out of them already sorted.
   */
  static final String IN_TIME_ORDER = " order by occurred_on, occurred_at, id";

  /** {@code employees} null means any employee (and store-level incidents). */
  static IncidentSearch matching(
      YearMonth month,
      String storeCode,
      Collection<String> employees,
      String type,
      IncidentStatus status,
      boolean appealPending) {
    StringBuilder where = new StringBuilder("occurred_on between :from and :to");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", month.atDay(1));
    params.put("to", month.atEndOfMonth());
    if (storeCode != null) {
      where.append(" and store_code = :store");
      params.put("store", storeCode);
    }
    if (employees != null) {
      where.append(" and employee_code in (:employees)");
      params.put("employees", employees);
    }
    if (type != null) {
      where.append(" and type = :type");
      params.put("type", type);
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status.name());
    }
    if (appealPending) {
      where.append(" and appeal_status = 'PENDING'");
    }
    return new IncidentSearch(where.toString(), params);
  }

  String ids() {
    return "select id from incident where " + where + IN_TIME_ORDER;
  }

  String count() {
    return "select count(*) from incident where " + where;
  }
}
