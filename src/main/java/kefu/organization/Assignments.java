package kefu.organization;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who held which post where, read in bulk: one query for a whole month however many stores and
 * people there are. Used by the incident ledger (is this person in that store that day?) and by the
 * month close.
 */
@Component
@Transactional(readOnly = true)
public class Assignments {

  private final JdbcClient jdbc;

  private static final String ASSIGNMENT =
      """
      select e.code as employee_code, s.code as store_code, a.position, a.valid_from, a.valid_to
      from assignment a
      join employee e on e.id = a.employee_id
      join store s on s.id = a.store_id
      """;

  Assignments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every post overlapping the month, ordered by employee and start. */
  public List<AssignmentPeriod> overlapping(YearMonth month) {
    return jdbc.sql(
            ASSIGNMENT
                + """
                where a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                order by e.code, a.valid_from""")
        .params(month.atEndOfMonth(), month.atDay(1))
        .query(Assignments::period)
        .list();
  }

  /**
   * The posts a month's statements cover: every post overlapping the month, except those at a head
   * office outside its CS department (group CS, executives, a store manager's post there), so a
   * head office gets statements of its own only when CS staff work there. Ordered by employee and
   * start.
   */
  public List<AssignmentPeriod> settledIn(YearMonth month) {
    return jdbc.sql(
            ASSIGNMENT
                + """
                where a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
                  and (s.head_office = false or a.position in (?, ?, ?, ?))
                order by e.code, a.valid_from""")
        .params(
            month.atEndOfMonth(),
            month.atDay(1),
            Position.CS_AGENT.name(),
            Position.CS_MANAGER.name(),
            Position.FRONT_DESK.name(),
            Position.SUPERVISOR.name())
        .query(Assignments::period)
        .list();
  }

  /**
   * Each employee's last post started on or before {@code day}, for those of {@code employeeCodes}
   * who had one: where someone who has left was last filed.
   */
  public List<AssignmentPeriod> lastPosts(Collection<String> employeeCodes, LocalDate day) {
    if (employeeCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            ASSIGNMENT
                + """
                where e.code in (:codes) and a.valid_from <= :day
                  and not exists (
                    select 1 from assignment later
                    where later.employee_id = a.employee_id
                      and later.valid_from <= :day and later.valid_from > a.valid_from)
                order by e.code""")
        .param("codes", employeeCodes)
        .param("day", day)
        .query(Assignments::period)
        .list();
  }

  private static AssignmentPeriod period(ResultSet rs, int row) throws SQLException {
    return new AssignmentPeriod(
        rs.getString("employee_code"),
        rs.getString("store_code"),
        rs.getString("position"),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class));
  }

  /**
   * The monthly base pay of each of {@code employeeCodes} for {@code month}, for those who have
   * one: the pay in force on the month's last day, or on the last day employed for someone who left
   * during (or before) the month. A raise from a later day never changes a month before it, and a
   * change in the middle of a month counts for the whole of it, as a payroll pays the month at the
   * rate it ends with. One query for any number of employees.
   */
  public Map<String, BigDecimal> basePay(Collection<String> employeeCodes, YearMonth month) {
    Map<String, BigDecimal> pay = new HashMap<>();
    if (employeeCodes.isEmpty()) {
      return pay;
    }
    jdbc.sql(
            """
            select e.code, p.base_salary
            from employee e
            join employee_pay p on p.employee_id = e.id
            where e.code in (:codes)
              and p.valid_from = coalesce(
                (select max(q.valid_from) from employee_pay q
                 where q.employee_id = e.id
                   and q.valid_from <= case when e.left_on < :end then e.left_on else :end end),
                (select min(q.valid_from) from employee_pay q where q.employee_id = e.id))""")
        .param("codes", employeeCodes)
        .param("end", month.atEndOfMonth())
        .query(
            rs -> {
              pay.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return pay;
  }

  /**
   * The hiring day and the level recorded on {@code day} of each of {@code employeeCodes} (the
   * level they were hired at, for a day before hiring). One query for any number of employees.
   */
  public Map<String, Tenure> tenures(Collection<String> employeeCodes, LocalDate day) {
    Map<String, Tenure> tenures = new HashMap<>();
    if (employeeCodes.isEmpty()) {
      return tenures;
    }
    jdbc.sql(
            """
            select e.code, e.hired_on, e.left_on, p.level, p.valid_from
            from employee e
            join employee_pay p on p.employee_id = e.id
            where e.code in (:codes)
              and p.valid_from = coalesce(
                (select max(q.valid_from) from employee_pay q
                 where q.employee_id = e.id and q.valid_from <= :day),
                (select min(q.valid_from) from employee_pay q where q.employee_id = e.id))""")
        .param("codes", employeeCodes)
        .param("day", day)
        .query(
            rs -> {
              tenures.put(
                  rs.getString(1),
                  new Tenure(
                      rs.getString(1),
                      rs.getObject(2, LocalDate.class),
                      rs.getObject(3, LocalDate.class),
                      Level.valueOf(rs.getString(4)),
                      rs.getObject(5, LocalDate.class)));
            });
    return tenures;
  }

  /** The post an employee held in a store on a day, if they held one there. */
  public Optional<String> positionAt(String employeeCode, String storeCode, LocalDate day) {
    return jdbc.sql(
            """
            select a.position from assignment a
            join employee e on e.id = a.employee_id
            join store s on s.id = a.store_id
            where e.code = ? and s.code = ? and a.valid_from <= ?
              and (a.valid_to is null or a.valid_to >= ?)""")
        .params(employeeCode, storeCode, day, day)
        .query(String.class)
        .optional();
  }
}
