package kefu.settlement;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import kefu.incident.IncidentLedger;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo group a last month to look at: a few incidents of each kind in the month before
 * the current one, and its draft statements. Runs once, on a demo database without incidents, after
 * the organization and the policy packs are in place.
 */
@Component
@Order(30)
class DemoMonth implements ApplicationRunner {

  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);
  private final RecordIncident recorder;
  private final IncidentLedger ledger;
  private final MonthClose close;
  private final Organization organization;
  private final boolean enabled;

  DemoMonth(
      RecordIncident recorder,
      IncidentLedger ledger,
      MonthClose close,
      Organization organization,
      @Value("${kefu.demo:true}") boolean demo,
      @Value("${kefu.demo-incidents:true}") boolean incidents) {
    this.recorder = recorder;
    this.ledger = ledger;
    this.close = close;
    this.organization = organization;
    this.enabled = demo && incidents;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    YearMonth month = YearMonth.from(organization.today()).minusMonths(1);
    if (!enabled
        || !close.months().isEmpty()
        || !ledger
            .find(SYSTEM, new IncidentLedger.Query(month, null, null, null, null))
            .isEmpty()) {
      return;
    }
    ZoneId zone = organization.zone();
    Object[][] demo = {
      {3, "CALLBACK_RECORDING_MISMATCH", "S01", "E104", null, null, "抽查：回访无录音"},
      {9, "CALLBACK_RECORDING_MISMATCH", "S01", "E104", null, null, "录音与上报数据不符"},
      {5, "CALLBACK_RECORDING_MISMATCH", "S03", "E303", null, null, "抽查：回访无录音"},
      {6, "REPORT_LATE", "S02", "E204", null, null, "周报逾期未报"},
      {7, "LATE_ARRIVAL", "S01", "E105", 12, null, null},
      {8, "LATE_ARRIVAL", "S01", "E105", 45, null, "超过 30 分钟"},
      {10, "ATTITUDE_COMPLAINT", "S02", "E205", null, null, "顾客投诉服务态度"},
      {14, "ATTITUDE_COMPLAINT", "S02", "E205", null, null, null},
      {17, "ATTITUDE_COMPLAINT", "S02", "E205", null, null, null},
      {18, "ABSENTEEISM", "S02", "E205", null, null, "未经批准休息"},
      {12, "WORK_NOT_COMPLETED", "S03", "E304", null, "0.5", null},
      {2, "LEAVE", "S01", "E106", null, null, null},
      {11, "SHOWROOM_FALSE_OR_MISSED", "S01", "E108", null, null, "漏登展厅客户"},
      {20, "MEETING_NOT_HELD", "S02", null, null, null, "本月只开了一次例会"},
    };
    for (Object[] d : demo) {
      OffsetDateTime at =
          month.atDay((Integer) d[0]).atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime();
      recorder.record(
          SYSTEM,
          new RecordIncident.Params(
              (String) d[1],
              (String) d[2],
              (String) d[3],
              at,
              1,
              (Integer) d[4],
              d[5] == null ? null : new java.math.BigDecimal((String) d[5]),
              (String) d[6]));
    }
    close.compute(SYSTEM, month);
  }
}
