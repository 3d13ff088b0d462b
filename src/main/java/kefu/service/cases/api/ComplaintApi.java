package kefu.service.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.service.cases.Breach;
import kefu.service.cases.Complaint;
import kefu.service.cases.ComplaintKind;
import kefu.service.cases.ComplaintStatus;
import kefu.service.cases.Complaints;
import kefu.shared.PhoneNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints and praise over REST, as API.md states them. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints")
record ComplaintApi(Complaints complaints, CurrentUser currentUser) {

  record ComplaintView(
      long id,
      String storeCode,
      String employeeCode,
      ComplaintKind kind,
      OffsetDateTime receivedAt,
      boolean urgent,
      boolean important,
      String customerName,
      String customerPhone,
      String summary,
      ComplaintStatus status,
      OffsetDateTime firstReplyDueAt,
      OffsetDateTime resolveDueAt,
      OffsetDateTime acknowledgedAt,
      OffsetDateTime resolvedAt,
      OffsetDateTime closedAt,
      Integer satisfaction,
      List<Breach> breaches,
      OffsetDateTime reportDueAt,
      OffsetDateTime reportedAt,
      String explanation,
      Boolean explanationAccepted,
      Long incidentId,
      String packId,
      Integer packVersion,
      String clause) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a complaint or a praise; its due times come from the pack in force")
  ComplaintView receive(@RequestBody Complaints.NewComplaint body) {
    AccessScope scope = currentUser.writer();
    return view(complaints.receive(scope, body), false);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "A complaint; the customer's number masked. `unmask=true` (ADMIN and GROUP_CS only)"
              + " answers the full number and writes the view to the audit log")
  ComplaintView get(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unmask) {
    AccessScope scope = currentUser.scope();
    return unmask
        ? view(complaints.unmasked(scope, id), true)
        : view(complaints.get(scope, id), false);
  }

  @PostMapping("/{id}/{action}")
  @Operation(
      summary =
          "Take a step: acknowledge, pause, resume, resolve, close, report-to-group,"
              + " explanation, explanation-decision")
  ComplaintView step(
      @PathVariable long id,
      @PathVariable String action,
      @RequestBody(required = false) Complaints.StepRequest body) {
    AccessScope scope = currentUser.writer();
    return view(complaints.step(scope, id, action, body), false);
  }

  private ComplaintView view(Complaint c, boolean whole) {
    ZoneId zone = complaints.zone();
    return new ComplaintView(
        c.getId(),
        c.getStoreCode(),
        c.getEmployeeCode(),
        c.getKind(),
        at(c.getReceivedAt(), zone),
        c.isUrgent(),
        c.isImportant(),
        c.getCustomerName(),
        whole ? c.getCustomerPhone() : PhoneNumbers.mask(c.getCustomerPhone()),
        c.getSummary(),
        c.getStatus(),
        at(c.getFirstReplyDueAt(), zone),
        at(c.getResolveDueAt(), zone),
        at(c.getAcknowledgedAt(), zone),
        at(c.getResolvedAt(), zone),
        at(c.getClosedAt(), zone),
        c.getSatisfaction(),
        c.breaches(complaints.now()),
        at(c.getReportDueAt(), zone),
        at(c.getReportedAt(), zone),
        c.getExplanation(),
        c.getExplanationAccepted(),
        c.getIncidentId(),
        c.getPackId(),
        c.getPackVersion(),
        c.getClause());
  }

  private static OffsetDateTime at(Instant i, ZoneId zone) {
    return i == null ? null : i.atZone(zone).toOffsetDateTime();
  }
}
