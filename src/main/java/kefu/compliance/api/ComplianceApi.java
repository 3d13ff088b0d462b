package kefu.compliance.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kefu.compliance.ComplianceSweep;
import kefu.compliance.ComplianceWork;
import kefu.compliance.WorkStatus;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.Forbidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Compliance work over REST, as API.md states it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Compliance work")
record ComplianceApi(
    ComplianceWork work,
    ComplianceSweep sweep,
    CurrentUser currentUser,
    Organization organization) {

  private OffsetDateTime local(Instant at) {
    return at.atZone(organization.zone()).toOffsetDateTime();
  }

  @PostMapping("/stores/{code}/duties")
  @ResponseStatus(HttpStatus.CREATED)
  ComplianceWork.DutyView duty(
      @PathVariable String code, @RequestBody ComplianceWork.DutyParams params) {
    return work.setDuty(currentUser.writer(), code, params);
  }

  record SubmittedView(long id, OffsetDateTime dueAt, boolean onTime) {}

  @PostMapping("/work-submissions")
  @ResponseStatus(HttpStatus.CREATED)
  SubmittedView submit(@RequestBody ComplianceWork.SubmissionParams params) {
    ComplianceWork.Submitted s = work.submit(currentUser.writer(), params);
    return new SubmittedView(s.id(), local(s.dueAt()), s.onTime());
  }

  @PutMapping(
      value = "/work-submissions/{id}/attachment",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ComplianceWork.Attachment attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
    try {
      work.attach(
          currentUser.writer(),
          id,
          file.getOriginalFilename(),
          file.getContentType(),
          file.getSize(),
          file.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ComplianceWork.Attachment(
        file.getOriginalFilename(), file.getContentType(), file.getSize());
  }

  @GetMapping("/work-submissions/{id}/attachment")
  void attachment(@PathVariable long id, HttpServletResponse response) throws IOException {
    AccessScope scope = currentUser.scope();
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    ComplianceWork.Attachment a = work.attachment(scope, id, buffer);
    response.setContentType(a.contentType());
    response.setContentLengthLong(a.size());
    response.setHeader(
        "Content-Disposition",
        org.springframework.http.ContentDisposition.attachment()
            .filename(a.fileName(), java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    buffer.writeTo(response.getOutputStream());
  }

  @PostMapping("/work-notices")
  @ResponseStatus(HttpStatus.CREATED)
  ComplianceWork.Noticed notice(@RequestBody ComplianceWork.NoticeParams params) {
    return work.notice(currentUser.writer(), params);
  }

  @PostMapping("/oa-tasks")
  @ResponseStatus(HttpStatus.CREATED)
  ComplianceWork.TaskSent task(@RequestBody ComplianceWork.TaskParams params) {
    return work.sendTask(currentUser.writer(), params);
  }

  record CompletionRequest(String storeCode, OffsetDateTime completedAt) {}

  record DoneView(long id, OffsetDateTime dueAt, boolean onTime) {}

  @PostMapping("/oa-tasks/{id}/completions")
  @ResponseStatus(HttpStatus.CREATED)
  DoneView complete(@PathVariable long id, @RequestBody CompletionRequest request) {
    ComplianceWork.Done d =
        work.completeTask(currentUser.writer(), id, request.storeCode(), request.completedAt());
    return new DoneView(d.id(), local(d.dueAt()), d.onTime());
  }

  record TaskNoticeRequest(String storeCode, OffsetDateTime givenAt, String reason) {}

  @PostMapping("/oa-tasks/{id}/notices")
  @ResponseStatus(HttpStatus.CREATED)
  ComplianceWork.Noticed taskNotice(@PathVariable long id, @RequestBody TaskNoticeRequest r) {
    return work.taskNotice(currentUser.writer(), id, r.storeCode(), r.givenAt(), r.reason());
  }

  record MailView(long id, OffsetDateTime dueAt) {}

  @PostMapping("/manufacturer-mails")
  @ResponseStatus(HttpStatus.CREATED)
  MailView mail(@RequestBody ComplianceWork.MailParams params) {
    ComplianceWork.MailReceived m = work.receiveMail(currentUser.writer(), params);
    return new MailView(m.id(), local(m.dueAt()));
  }

  record ForwardingRequest(OffsetDateTime forwardedAt) {}

  @PostMapping("/manufacturer-mails/{id}/forwarding")
  DoneView forward(@PathVariable long id, @RequestBody(required = false) ForwardingRequest r) {
    ComplianceWork.Done d =
        work.forwardMail(currentUser.writer(), id, r == null ? null : r.forwardedAt());
    return new DoneView(d.id(), local(d.dueAt()), d.onTime());
  }

  @PostMapping("/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  ComplianceWork.MeetingRecorded meeting(@RequestBody ComplianceWork.MeetingParams params) {
    return work.recordMeeting(currentUser.writer(), params);
  }

  record SweepRequest(OffsetDateTime asOf) {}

  record SweepView(List<Long> createdIncidentIds) {}

  @PostMapping("/compliance/sweep")
  SweepView sweep(@RequestBody(required = false) SweepRequest request) {
    AccessScope scope = currentUser.writer();
    if (!scope.allStores()) {
      throw new Forbidden("only group CS sweeps");
    }
    Instant asOf =
        request == null || request.asOf() == null ? Instant.now() : request.asOf().toInstant();
    return new SweepView(sweep.sweep(asOf, scope.username()));
  }

  record WorkView(
      String deadline,
      LocalDate periodStart,
      OffsetDateTime dueAt,
      WorkStatus status,
      String employeeCode,
      Long incidentId,
      Long refId) {}

  @GetMapping("/compliance/work")
  List<WorkView> work(@RequestParam String storeCode, @RequestParam String month) {
    YearMonth m;
    try {
      m = YearMonth.parse(month);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInput("month", "compliance.month");
    }
    ZoneId zone = organization.zone();
    return work.month(currentUser.scope(), storeCode, m).stream()
        .map(
            r ->
                new WorkView(
                    r.deadline(),
                    r.periodStart(),
                    r.dueAt().atZone(zone).toOffsetDateTime(),
                    r.status(),
                    r.employeeCode(),
                    r.incidentId(),
                    r.refId()))
        .toList();
  }
}
