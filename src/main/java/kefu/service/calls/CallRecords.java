package kefu.service.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.shared.PhoneNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A store's call records of one day, for the export: read through the store and day index (one
 * partition on PostgreSQL), staff only their own calls, the customer number masked for everyone — a
 * file leaves Kefu, so it never carries the whole number.
 */
@Service
@Transactional(readOnly = true)
public class CallRecords {

  private final JdbcClient jdbc;
  private final Organization organization;

  CallRecords(JdbcClient jdbc, Organization organization) {
    this.jdbc = jdbc;
    this.organization = organization;
  }

  /** One call as exported. */
  public record Row(
      String employeeCode,
      Instant startedAt,
      int durationSeconds,
      String direction,
      String customerNumber,
      String outcome) {}

  /**
   * The day's calls of {@code storeCode} (the user's own store when blank), oldest first; a store
   * is required of users who see several, a store outside the scope is not found.
   */
  public List<Row> day(AccessScope scope, String storeCode, LocalDate date) {
    if (date == null) {
      throw new BadInput("date", "validation.required");
    }
    Organization.ScopeCodes codes = organization.codes(scope);
    String requested = storeCode == null || storeCode.isBlank() ? codes.storeCode() : storeCode;
    if (requested == null) {
      throw new BadInput("storeCode", "validation.required");
    }
    String store = organization.store(scope, requested.trim()).getCode();
    String own = codes.employeeCode();
    return jdbc.sql(
            "select employee_code, started_at, duration_seconds, direction, customer_number,"
                + " outcome from call_record where store_code = :store and started_on = :day"
                + " and (cast(:own as varchar) is null or employee_code = :own)"
                + " order by started_at, employee_code")
        .param("store", store)
        .param("day", date)
        .param("own", own)
        .query(
            (rs, n) ->
                new Row(
                    rs.getString(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getInt(3),
                    rs.getString(4),
                    PhoneNumbers.mask(rs.getString(5)),
                    rs.getString(6)))
        .list();
  }
}
