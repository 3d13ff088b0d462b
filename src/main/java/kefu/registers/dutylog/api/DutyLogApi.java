package kefu.registers.dutylog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.desk.FrontDesk;
import kefu.registers.dutylog.DutyEntry;
import kefu.registers.dutylog.DutyLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The duty log over REST: shifts, the report on a major event, the missing reports. */
@RestController
@RequestMapping("/api/v1/duty-log")
@Tag(name = "Registers: duty log")
class DutyLogApi {

  private final DutyLog log;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final Clock clock;

  DutyLogApi(DutyLog log, CurrentUser currentUser, Organization organization, Clock clock) {
    this.log = log;
    this.clock = clock;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record ReportRequest(String text) {}

  record EntryView(
      long id,
      String storeCode,
      String dutyCode,
      String dutyName,
      OffsetDateTime startAt,
      OffsetDateTime endAt,
      String happened,
      String handled,
      boolean major,
      OffsetDateTime reportDue,
      String report,
      String reportBy,
      OffsetDateTime reportAt,
      boolean reportLate,
      boolean reportMissing,
      Long corrects,
      String recordedBy) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Enters a duty shift",
      description =
          "`major: true` marks a major event: its written report is due by 23:59:59 of the day"
              + " after the shift ended (`reportDue`). Times may lie in the past, the end not in"
              + " the future. `corrects` cites an earlier entry of the same store it replaces.")
  EntryView record(@RequestBody DutyLog.Params params) {
    return views(List.of(log.record(currentUser.scope(), params))).get(0);
  }

  @PostMapping("/{id}/report")
  @Operation(summary = "The written report on a major event, once (409 twice, 422 not major)")
  EntryView report(@PathVariable long id, @RequestBody(required = false) ReportRequest body) {
    return views(List.of(log.report(currentUser.scope(), id, body == null ? null : body.text())))
        .get(0);
  }

  @GetMapping("/{id}")
  EntryView get(@PathVariable long id) {
    return views(List.of(log.get(currentUser.scope(), id))).get(0);
  }

  @GetMapping
  @Operation(summary = "The month's shifts (default this month), newest first")
  List<EntryView> list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month) {
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    return views(log.month(currentUser.scope(), storeCode, m));
  }

  @GetMapping("/missing-reports")
  @Operation(summary = "Major events whose report is overdue, oldest due first")
  List<EntryView> missingReports(@RequestParam(required = false) String storeCode) {
    return views(log.reportsMissing(currentUser.scope(), storeCode));
  }

  private List<EntryView> views(List<DutyEntry> rows) {
    ZoneId zone = organization.zone();
    Instant now = clock.instant();
    Map<String, String> names =
        organization.employeeNames(rows.stream().map(DutyEntry::getDutyCode).distinct().toList());
    return rows.stream()
        .map(
            e ->
                new EntryView(
                    e.getId(),
                    e.getStoreCode(),
                    e.getDutyCode(),
                    names.get(e.getDutyCode()),
                    FrontDesk.local(e.getStartedAt(), zone),
                    FrontDesk.local(e.getEndedAt(), zone),
                    e.getHappened(),
                    e.getHandled(),
                    e.isMajor(),
                    FrontDesk.local(e.getReportDue(), zone),
                    e.getReportText(),
                    e.getReportBy(),
                    FrontDesk.local(e.getReportAt(), zone),
                    e.reportLate(),
                    e.reportMissingAt(now),
                    e.getCorrectsId(),
                    e.getRecordedBy()))
        .toList();
  }
}
