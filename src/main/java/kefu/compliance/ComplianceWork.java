package kefu.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kefu.compliance.ComplianceEvents.DutySet;
import kefu.compliance.ComplianceEvents.NoticeGiven;
import kefu.compliance.ComplianceEvents.WorkArose;
import kefu.compliance.ComplianceEvents.WorkSubmitted;
import kefu.incident.Incident;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentStatus;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance work as its users record it: duties, submissions with their files, notices, OA
 * tasks, manufacturer mail and meetings. Every input is checked whole before anything is written. A
 * record entered after the sweep whose own time shows the work on time or excused voids the sweep's
 * incident while its month is open, and after its month was published is carried into the next open
 * month as a correction (SPEC §8.1, late records).
 */
@Service
@Transactional
public class ComplianceWork {

  /** The largest file a submission may carry. */
  public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

  /** The kinds of file a submission may carry: reports, minutes, scans. */
  public static final Set<String> ATTACHMENT_TYPES =
      Set.of(
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword",
          "image/png",
          "image/jpeg",
          "text/plain",
          "text/csv");

  /** The kinds of feedback a meeting discusses. */
  public static final Set<String> FEEDBACK_KINDS = Set.of("PRAISE", "COMPLAINT", "SUGGESTION");

  /** Who the sweep and late records act as in the ledger. */
  static final AccessScope SYSTEM = new AccessScope("compliance", Role.GROUP_CS, null, null);

  private final JdbcClient jdbc;
  private final DeadlineCatalog deadlines;
  private final WorkLedger work;
  private final Organization organization;
  private final IncidentLedger incidents;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final SweepMark mark;
  private final PublishedWorkCorrections corrections;

  ComplianceWork(
      JdbcClient jdbc,
      DeadlineCatalog deadlines,
      WorkLedger work,
      Organization organization,
      IncidentLedger incidents,
      ApplicationEventPublisher events,
      Clock clock,
      SweepMark mark,
      PublishedWorkCorrections corrections) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.work = work;
    this.organization = organization;
    this.incidents = incidents;
    this.events = events;
    this.clock = clock;
    this.mark = mark;
    this.corrections = corrections;
  }

  // ---- duties ------------------------------------------------------------------------------

  public record DutyParams(String deadline, String employeeCode, LocalDate from) {}

  public record DutyView(
      long id, String storeCode, String deadline, String employeeCode, LocalDate from) {}

  public DutyView setDuty(AccessScope scope, String storeCode, DutyParams p) {
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "deadline", p.deadline());
    required(shape, "employeeCode", p.employeeCode());
    required(shape, "from", p.from());
    InputRules.checkText(shape, "deadline", p.deadline(), 64, false);
    InputRules.checkText(shape, "employeeCode", p.employeeCode(), 32, false);
    refuse(shape);
    String store = writableStore(scope, storeCode, "storeCode");
    String code = p.deadline().trim();
    if (deadlines.anyPack(code).isEmpty()) {
      throw new BadInput("deadline", "compliance.unknownDeadline");
    }
    String employee = p.employeeCode().trim();
    if (organization.employeeNames(List.of(employee)).isEmpty()) {
      throw new BadInput("employeeCode", "compliance.unknownEmployee");
    }
    Instant now = clock.instant();
    Long existing =
        jdbc.sql(
                "select id from compliance_duty where store_code = ? and deadline = ?"
                    + " and valid_from = ?")
            .params(store, code, p.from())
            .query(Long.class)
            .optional()
            .orElse(null);
    long id;
    if (existing != null) {
      jdbc.sql("update compliance_duty set employee_code = ? where id = ?")
          .params(employee, existing)
          .update();
      id = existing;
    } else {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into compliance_duty (store_code, deadline, employee_code, valid_from,"
                  + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
          .params(store, code, employee, p.from(), scope.username(), Timestamp.from(now))
          .update(key, "id");
      id = key.getKey().longValue();
    }
    // tracking may now start earlier: the sweep looks again from that day
    mark.lowerTo(p.from().atStartOfDay(organization.zone()).toInstant());
    Map<String, Object> duty = new LinkedHashMap<>();
    duty.put("storeCode", store);
    duty.put("deadline", code);
    duty.put("employeeCode", employee);
    duty.put("from", p.from().toString());
    events.publishEvent(new DutySet(id, duty, scope.username(), now));
    return new DutyView(id, store, code, employee, p.from());
  }

  // ---- submissions and notices --------------------------------------------------------------

  /** What a submission or notice is for: the store, the deadline and a day of its period. */
  public interface PeriodRef {
    String storeCode();

    String deadline();

    LocalDate periodDay();
  }

  public record SubmissionParams(
      String storeCode,
      String deadline,
      LocalDate periodDay,
      OffsetDateTime submittedAt,
      String note)
      implements PeriodRef {}

  public record Submitted(long id, Instant dueAt, boolean onTime) {}

  public Submitted submit(AccessScope scope, SubmissionParams p) {
    WorkItem item =
        periodicItem(scope, p, shape -> InputRules.checkText(shape, "note", p.note(), 1000, true));
    Instant at = orNow(p.submittedAt());
    long id = submission(scope, item, at, p.note());
    return new Submitted(id, item.dueAt(), !at.isAfter(item.dueAt()));
  }

  /** A submission and its file in one: either both are kept or neither. */
  public Submitted submitWithFile(
      AccessScope scope,
      SubmissionParams p,
      String fileName,
      String contentType,
      long size,
      InputStream content) {
    Submitted s = submit(scope, p);
    attach(scope, s.id(), fileName, contentType, size, content);
    return s;
  }

  public record NoticeParams(
      String storeCode, String deadline, LocalDate periodDay, OffsetDateTime givenAt, String reason)
      implements PeriodRef {}

  public record Noticed(long id, boolean excuses) {}

  public Noticed notice(AccessScope scope, NoticeParams p) {
    WorkItem item =
        periodicItem(
            scope,
            p,
            shape -> {
              required(shape, "reason", p.reason());
              InputRules.checkText(shape, "reason", p.reason(), 1000, true);
            });
    return notice(scope, item, orNow(p.givenAt()), p.reason());
  }

  /**
   * The calendar item a submission or notice names, its store, deadline and day required; the
   * problems {@code own} finds in the rest of it are refused with theirs.
   */
  private WorkItem periodicItem(AccessScope scope, PeriodRef p, Consumer<List<FieldProblem>> own) {
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "storeCode", p.storeCode());
    required(shape, "deadline", p.deadline());
    required(shape, "periodDay", p.periodDay());
    own.accept(shape);
    refuse(shape);
    return periodicItem(scope, p.storeCode(), p.deadline(), p.periodDay());
  }

  /** The time given, or now when none was. */
  private Instant orNow(OffsetDateTime at) {
    return at == null ? clock.instant() : at.toInstant();
  }

  /** The calendar item a submission or notice is for, refused when no pack in force owes it. */
  private WorkItem periodicItem(AccessScope scope, String storeCode, String code, LocalDate day) {
    String store = writableStore(scope, storeCode, "storeCode");
    String deadline = code.trim();
    Deadline any =
        deadlines
            .anyPack(deadline)
            .orElseThrow(() -> new BadInput("deadline", "compliance.unknownDeadline"));
    if (!any.period().periodic()) {
      throw new BadInput("deadline", "compliance.notPeriodic");
    }
    Deadline d =
        deadlines
            .forStore(store, deadline, any.periodEnd(day))
            .orElseThrow(() -> new RuleRefused("periodDay", "compliance.notInForce"));
    java.util.function.Predicate<LocalDate> workingDay = work.workingDays();
    if (!d.owedOn(d.periodStart(day), workingDay)) {
      throw new RuleRefused("periodDay", "compliance.notWorkingDay");
    }
    return ExpectedWork.item(store, d, day, organization.zone(), workingDay);
  }

  private long submission(AccessScope scope, WorkItem item, Instant at, String note) {
    Instant now = clock.instant();
    long id =
        recordAgainst(
            "work_submission",
            item,
            Map.of("submitted_at", Timestamp.from(at), "note", blank(note) ? "" : note.trim()),
            scope.username(),
            now);
    Map<String, Object> values = values(item, "submittedAt", at);
    values.put("onTime", !at.isAfter(item.dueAt()));
    events.publishEvent(new WorkSubmitted(id, item.key(), values, scope.username(), now));
    reconsider(item, "submitted", at);
    return id;
  }

  private Noticed notice(AccessScope scope, WorkItem item, Instant at, String reason) {
    Instant now = clock.instant();
    boolean excuses = Verdict.excuses(at, item.dueAt(), item.noticeDaysNeeded());
    long id =
        recordAgainst(
            "work_notice",
            item,
            Map.of("given_at", Timestamp.from(at), "reason", reason.trim(), "excuses", excuses),
            scope.username(),
            now);
    Map<String, Object> values = values(item, "givenAt", at);
    values.put("excuses", excuses);
    events.publishEvent(new NoticeGiven(id, item.key(), values, scope.username(), now));
    if (excuses) {
      reconsider(item, "notice given", at);
    }
    return new Noticed(id, excuses);
  }

  /**
   * Inserts a row recorded against a work item (a submission, a notice): the item's key, store,
   * deadline, period, record and due instant, the row's own columns, who and when.
   */
  private long recordAgainst(
      String table, WorkItem item, Map<String, Object> own, String by, Instant now) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("work_key", item.key());
    columns.put("store_code", item.storeCode());
    columns.put("deadline", item.deadline().code());
    columns.put("period_start", item.periodStart());
    columns.put("ref_id", item.refId());
    columns.put("due_at", Timestamp.from(item.dueAt()));
    new java.util.TreeMap<>(own).forEach(columns::put);
    columns.put("recorded_by", by);
    columns.put("recorded_at", Timestamp.from(now));
    // an empty note is stored as none
    columns.replaceAll((k, v) -> "".equals(v) ? null : v);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into "
                + table
                + " ("
                + String.join(", ", columns.keySet())
                + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                + ")")
        .params(new ArrayList<>(columns.values()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** What the audit log keeps of a record against a work item. */
  private static Map<String, Object> values(WorkItem item, String timeName, Instant at) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("workKey", item.key());
    values.put("dueAt", item.dueAt().toString());
    values.put(timeName, at.toString());
    return values;
  }

  /**
   * A record entered after the sweep whose own time shows the work on time or excused voids the
   * sweep's incident while its month is open; a published month keeps it, and what it cost there
   * goes back as a correction in the next open month.
   */
  private void reconsider(WorkItem item, String why, Instant recordTime) {
    work.incidentOf(item.key())
        .ifPresent(
            incidentId -> {
              // the incident says the work fell due: judge it as of then at the earliest
              Instant asOf = clock.instant().isAfter(item.dueAt()) ? clock.instant() : item.dueAt();
              WorkStatus now = work.recordsOf(item).judge(item, asOf).status();
              if (now != WorkStatus.ON_TIME && now != WorkStatus.EXCUSED) {
                return;
              }
              Incident incident = incidents.get(SYSTEM, incidentId);
              if (incident.getStatus() != IncidentStatus.RECORDED) {
                return;
              }
              if (incidents.monthClosed(incident)) {
                corrections.carry(item, incident, why + " " + recordTime, clock.instant());
              } else {
                incidents.voidIncident(
                    SYSTEM, incidentId, "work " + item.key() + ": " + why + " " + recordTime);
              }
            });
  }

  // ---- OA tasks ----------------------------------------------------------------------------

  public record TaskParams(
      String title, List<String> storeCodes, OffsetDateTime assignedAt, OffsetDateTime dueAt) {}

  public record TaskSent(long id, int allowedDays, int noticeDaysNeeded) {}

  public TaskSent sendTask(AccessScope scope, TaskParams p) {
    if (!scope.allStores() || !scope.canWrite()) {
      throw new Forbidden("only group CS sends OA tasks");
    }
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "title", p.title());
    InputRules.checkText(shape, "title", p.title(), 200, false);
    if (p.storeCodes() == null || p.storeCodes().isEmpty()) {
      shape.add(new FieldProblem("storeCodes", "validation.required"));
    }
    required(shape, "dueAt", p.dueAt());
    Instant assigned = orNow(p.assignedAt());
    if (p.dueAt() != null && !p.dueAt().toInstant().isAfter(assigned)) {
      shape.add(new FieldProblem("dueAt", "compliance.dueBeforeAssigned"));
    }
    refuse(shape);
    Set<String> stores = new LinkedHashSet<>();
    for (String code : p.storeCodes()) {
      if (blank(code) || organization.storeId(code.trim()).isEmpty()) {
        throw new BadInput("storeCodes", "compliance.unknownStore");
      }
      stores.add(code.trim());
    }
    Instant due = p.dueAt().toInstant();
    ZoneId zone = organization.zone();
    Deadline d =
        deadlines
            .anyPack("OA_TASK")
            .orElseThrow(() -> new RuleRefused("dueAt", "compliance.notInForce"));
    int allowed = ExpectedWork.allowedDays(assigned, due, zone);
    int needed = d.notice().daysNeeded(allowed);
    Instant now = clock.instant();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into oa_task (title, assigned_at, due_at, allowed_days, notice_days_needed,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.title().trim(),
            Timestamp.from(assigned),
            Timestamp.from(due),
            allowed,
            needed,
            scope.username(),
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (String store : stores) {
      jdbc.sql("insert into oa_task_store (task_id, store_code, due_at) values (?, ?, ?)")
          .params(id, store, Timestamp.from(due))
          .update();
    }
    mark.lowerTo(due.minusNanos(1000));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", p.title().trim());
    values.put("storeCodes", List.copyOf(stores));
    values.put("assignedAt", assigned.toString());
    values.put("dueAt", due.toString());
    values.put("allowedDays", allowed);
    values.put("noticeDaysNeeded", needed);
    events.publishEvent(new WorkArose("oa_task", id, values, scope.username(), now));
    return new TaskSent(id, allowed, needed);
  }

  public record Done(long id, Instant dueAt, boolean onTime) {}

  public Done completeTask(AccessScope scope, long taskId, String storeCode, OffsetDateTime at) {
    WorkItem item = taskItem(scope, taskId, storeCode);
    Instant when = orNow(at);
    long id = submission(scope, item, when, null);
    return new Done(id, item.dueAt(), !when.isAfter(item.dueAt()));
  }

  public Noticed taskNotice(
      AccessScope scope, long taskId, String storeCode, OffsetDateTime givenAt, String reason) {
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "reason", reason);
    InputRules.checkText(shape, "reason", reason, 1000, true);
    refuse(shape);
    WorkItem item = taskItem(scope, taskId, storeCode);
    return notice(scope, item, orNow(givenAt), reason);
  }

  private WorkItem taskItem(AccessScope scope, long taskId, String storeCode) {
    if (blank(storeCode)) {
      throw new BadInput("storeCode", "validation.required");
    }
    String store = writableStore(scope, storeCode, "storeCode");
    Map<String, Object> task =
        jdbc.sql(
                "select t.assigned_at, t.due_at from oa_task t join oa_task_store s"
                    + " on s.task_id = t.id where t.id = ? and s.store_code = ?")
            .params(taskId, store)
            .query(
                (rs, n) ->
                    Map.<String, Object>of(
                        "assigned", rs.getTimestamp(1).toInstant(),
                        "due", rs.getTimestamp(2).toInstant()))
            .optional()
            .orElseThrow(() -> new NotFound("OA task " + taskId + " for " + store));
    Deadline d = deadlines.anyPack("OA_TASK").orElseThrow(() -> new NotFound("OA_TASK"));
    return ExpectedWork.task(
        store,
        d,
        taskId,
        (Instant) task.get("assigned"),
        (Instant) task.get("due"),
        organization.zone());
  }

  // ---- manufacturer mail -------------------------------------------------------------------

  public record MailParams(String storeCode, OffsetDateTime receivedAt, String subject) {}

  public record MailReceived(long id, Instant dueAt) {}

  public MailReceived receiveMail(AccessScope scope, MailParams p) {
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "storeCode", p.storeCode());
    required(shape, "subject", p.subject());
    InputRules.checkText(shape, "subject", p.subject(), 300, false);
    refuse(shape);
    String store = writableStore(scope, p.storeCode(), "storeCode");
    Instant received = orNow(p.receivedAt());
    ZoneId zone = organization.zone();
    Deadline d =
        deadlines
            .forStore(store, "MANUFACTURER_MAIL", received.atZone(zone).toLocalDate())
            .orElseThrow(() -> new RuleRefused("receivedAt", "compliance.notInForce"));
    Instant due = d.dueFor(received.atZone(zone).toLocalDate()).atZone(zone).toInstant();
    Instant now = clock.instant();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into manufacturer_mail (store_code, received_at, due_at, subject, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            store,
            Timestamp.from(received),
            Timestamp.from(due),
            p.subject().trim(),
            scope.username(),
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    mark.lowerTo(due.minusNanos(1000));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("storeCode", store);
    values.put("receivedAt", received.toString());
    values.put("dueAt", due.toString());
    values.put("subject", p.subject().trim());
    events.publishEvent(new WorkArose("manufacturer_mail", id, values, scope.username(), now));
    return new MailReceived(id, due);
  }

  public Done forwardMail(AccessScope scope, long mailId, OffsetDateTime forwardedAt) {
    Map<String, Object> mail =
        jdbc.sql("select store_code, received_at from manufacturer_mail where id = ?")
            .param(mailId)
            .query(
                (rs, n) ->
                    Map.<String, Object>of(
                        "store", rs.getString(1), "received", rs.getTimestamp(2).toInstant()))
            .optional()
            .orElseThrow(() -> new NotFound("mail " + mailId));
    String store = (String) mail.get("store");
    long storeId = organization.storeId(store).orElseThrow(() -> new NotFound("mail " + mailId));
    if (!scope.admitsStore(storeId)) {
      throw new NotFound("mail " + mailId);
    }
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + store + " is outside your scope");
    }
    Deadline d =
        deadlines.anyPack("MANUFACTURER_MAIL").orElseThrow(() -> new NotFound("MANUFACTURER_MAIL"));
    WorkItem item =
        ExpectedWork.mail(store, d, mailId, (Instant) mail.get("received"), organization.zone());
    Instant at = orNow(forwardedAt);
    long id = submission(scope, item, at, null);
    return new Done(id, item.dueAt(), !at.isAfter(item.dueAt()));
  }

  // ---- meetings ----------------------------------------------------------------------------

  public record Feedback(String kind, String text) {}

  public record MeetingParams(
      String storeCode,
      OffsetDateTime heldAt,
      List<String> attendeeCodes,
      String minutes,
      List<Feedback> feedback) {}

  public record MeetingRecorded(long id, boolean counts) {}

  public MeetingRecorded recordMeeting(AccessScope scope, MeetingParams p) {
    List<FieldProblem> shape = new ArrayList<>();
    required(shape, "storeCode", p.storeCode());
    required(shape, "heldAt", p.heldAt());
    InputRules.checkText(shape, "minutes", p.minutes(), 4000, true);
    List<Feedback> feedback = p.feedback() == null ? List.of() : p.feedback();
    for (int i = 0; i < feedback.size(); i++) {
      Feedback f = feedback.get(i);
      if (f == null || f.kind() == null || !FEEDBACK_KINDS.contains(f.kind())) {
        shape.add(new FieldProblem("feedback[" + i + "].kind", "compliance.feedbackKind"));
      }
      if (f == null || blank(f.text())) {
        shape.add(new FieldProblem("feedback[" + i + "].text", "validation.required"));
      } else {
        InputRules.checkText(shape, "feedback[" + i + "].text", f.text(), 1000, true);
      }
    }
    refuse(shape);
    String store = writableStore(scope, p.storeCode(), "storeCode");
    Set<String> attendees = new LinkedHashSet<>();
    if (p.attendeeCodes() != null) {
      p.attendeeCodes().stream().filter(c -> !blank(c)).map(String::trim).forEach(attendees::add);
    }
    if (!attendees.isEmpty() && organization.employeeNames(attendees).size() != attendees.size()) {
      throw new BadInput("attendeeCodes", "compliance.unknownEmployee");
    }
    ZoneId zone = organization.zone();
    Instant held = p.heldAt().toInstant();
    LocalDate day = held.atZone(zone).toLocalDate();
    Deadline d =
        deadlines
            .forStore(store, "MEETINGS", day)
            .orElseThrow(() -> new RuleRefused("heldAt", "compliance.notInForce"));
    Instant now = clock.instant();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into meeting (store_code, held_at, minutes, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            store,
            Timestamp.from(held),
            blank(p.minutes()) ? null : p.minutes().trim(),
            scope.username(),
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    for (String a : attendees) {
      jdbc.sql("insert into meeting_attendee (meeting_id, employee_code) values (?, ?)")
          .params(id, a)
          .update();
    }
    for (Feedback f : feedback) {
      jdbc.sql("insert into meeting_feedback (meeting_id, kind, text) values (?, ?, ?)")
          .params(id, f.kind(), f.text().trim())
          .update();
    }
    boolean counts = !blank(p.minutes());
    if (counts) {
      // a meeting with minutes is one of the month's pieces of the MEETINGS work
      submission(
          scope,
          ExpectedWork.item(store, d, day, zone, work.workingDays()),
          held,
          "meeting #" + id);
    }
    return new MeetingRecorded(id, counts);
  }

  // ---- attachments -------------------------------------------------------------------------

  public void attach(
      AccessScope scope,
      long submissionId,
      String fileName,
      String contentType,
      long size,
      InputStream content) {
    String store = submissionStore(scope, submissionId);
    long storeId = organization.storeId(store).orElseThrow();
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + store + " is outside your scope");
    }
    if (size <= 0) {
      throw new BadInput("file", "compliance.attachmentEmpty");
    }
    if (size > MAX_ATTACHMENT_BYTES) {
      throw new BadInput("file", "compliance.attachmentTooLarge");
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    if (!ATTACHMENT_TYPES.contains(type)) {
      throw new BadInput("file", "compliance.attachmentType");
    }
    String name = blank(fileName) ? "attachment" : fileName.trim();
    InputRules.requireText("file", name, 255, false);
    byte[] bytes;
    try {
      bytes = content.readNBytes((int) MAX_ATTACHMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new BadInput("file", "compliance.attachmentTooLarge");
    }
    Instant now = clock.instant();
    jdbc.sql("delete from work_attachment where submission_id = ?").param(submissionId).update();
    jdbc.sql(
            "insert into work_attachment (submission_id, file_name, content_type, size_bytes,"
                + " content, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            submissionId, name, type, bytes.length, bytes, scope.username(), Timestamp.from(now))
        .update();
  }

  /** A submission's file as stored: its name, type and size. */
  public record Attachment(String fileName, String contentType, long size) {}

  @Transactional(readOnly = true)
  public Attachment attachment(AccessScope scope, long submissionId, OutputStream out) {
    submissionStore(scope, submissionId);
    return jdbc.sql(
            "select file_name, content_type, size_bytes, content from work_attachment"
                + " where submission_id = ?")
        .param(submissionId)
        .query(
            (rs, n) -> {
              try (InputStream in = rs.getBinaryStream(4)) {
                in.transferTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return new Attachment(rs.getString(1), rs.getString(2), rs.getLong(3));
            })
        .optional()
        .orElseThrow(() -> new NotFound("attachment of " + submissionId));
  }

  private String submissionStore(AccessScope scope, long submissionId) {
    String store =
        jdbc.sql("select store_code from work_submission where id = ?")
            .param(submissionId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFound("submission " + submissionId));
    long storeId = organization.storeId(store).orElseThrow();
    if (!scope.admitsStore(storeId)) {
      throw new NotFound("submission " + submissionId);
    }
    return store;
  }

  // ---- the month's work --------------------------------------------------------------------

  /** One item of a store's month as the grid and the API show it. */
  public record WorkRow(
      String deadline,
      LocalDate periodStart,
      LocalDate periodEnd,
      Long refId,
      Instant dueAt,
      WorkStatus status,
      String employeeCode,
      Long incidentId,
      String workKey,
      kefu.policy.LocalizedText label,
      Deadline.Period period) {

    /** Calendar work of one day (a daily report, a day's callback data): a cell of the grid. */
    public boolean daily() {
      return period == Deadline.Period.DAY;
    }
  }

  @Transactional(readOnly = true)
  public List<WorkRow> month(AccessScope scope, String storeCode, YearMonth month) {
    String store = organization.store(scope, storeCode).getCode();
    return rows(store, month, clock.instant(), reading(List.of(month)));
  }

  /**
   * What every store's month needs, read once however many stores are shown: the duties, the posts
   * of the months (and the two after, where their work falls due), the calendar and the zone.
   */
  private record Reading(
      DutyRoster roster,
      WorkLedger.Postings posts,
      java.util.function.Predicate<LocalDate> workingDay,
      ZoneId zone) {}

  private Reading reading(List<YearMonth> months) {
    Set<YearMonth> spanned = new java.util.TreeSet<>();
    for (YearMonth m : months) {
      spanned.addAll(List.of(m, m.plusMonths(1), m.plusMonths(2)));
    }
    return new Reading(
        work.roster(),
        work.postings(List.copyOf(spanned)),
        work.workingDays(),
        organization.zone());
  }

  private List<WorkRow> rows(String store, YearMonth month, Instant asOf, Reading r) {
    ZoneId zone = r.zone();
    DutyRoster roster = r.roster();
    List<WorkItem> items = work.ofMonth(store, roster, month, zone, r.workingDay());
    if (items.isEmpty()) {
      return List.of();
    }
    WorkLedger.Records records =
        work.records(
            store,
            items.get(0).dueAt().minusNanos(1000),
            items.get(items.size() - 1).dueAt(),
            items);
    WorkLedger.Postings posts = r.posts();
    List<WorkRow> rows = new ArrayList<>();
    for (WorkItem item : items) {
      LocalDate dueDay = item.dueAt().atZone(zone).toLocalDate();
      rows.add(
          new WorkRow(
              item.deadline().code(),
              item.periodStart(),
              item.periodEnd(),
              item.refId(),
              item.dueAt(),
              records.judge(item, asOf).status(),
              roster.responsible(store, item.deadline().code(), dueDay, posts, posts).orElse(null),
              records.incidents().get(item.key()),
              item.key(),
              item.deadline().label(),
              item.deadline().period()));
    }
    return rows;
  }

  /** One store's month side by side with the others: its work by status and open OA tasks. */
  public record StoreMonth(
      String storeCode,
      String storeName,
      int due,
      int onTime,
      int excused,
      int late,
      int missing,
      int open,
      int openTasks) {

    /** On time (or excused) among the work already due, in percent; null when none is due yet. */
    public Integer onTimeRate() {
      return due == 0 ? null : (int) Math.round(100.0 * (onTime + excused) / due);
    }
  }

  @Transactional(readOnly = true)
  public List<StoreMonth> overview(AccessScope scope, YearMonth month) {
    Instant now = clock.instant();
    List<StoreMonth> out = new ArrayList<>();
    Reading reading = reading(List.of(month));
    for (var store : organization.visibleStores(scope)) {
      List<WorkRow> rows = rows(store.getCode(), month, now, reading);
      int[] n = new int[WorkStatus.values().length];
      int openTasks = 0;
      for (WorkRow r : rows) {
        n[r.status().ordinal()]++;
        if (r.period() == Deadline.Period.TASK
            && (r.status() == WorkStatus.OPEN || r.status() == WorkStatus.MISSING)) {
          openTasks++;
        }
      }
      int open = n[WorkStatus.OPEN.ordinal()];
      out.add(
          new StoreMonth(
              store.getCode(),
              store.getName(),
              rows.size() - open,
              n[WorkStatus.ON_TIME.ordinal()],
              n[WorkStatus.EXCUSED.ordinal()],
              n[WorkStatus.LATE.ordinal()],
              n[WorkStatus.MISSING.ordinal()],
              open,
              openTasks));
    }
    return out;
  }

  /** What the user should see to: work due within 24 hours, and overdue work not excused. */
  public record Reminders(long dueSoon, long overdue) {}

  /**
   * Reminders for the user: a store's managers and group CS for their stores' work, anyone else for
   * the work they hold the duty for.
   */
  @Transactional(readOnly = true)
  public Reminders reminders(AccessScope scope) {
    // the home page asks on every visit: one statement when none of the user's stores is tracked
    List<String> tracked = work.trackedStores();
    Organization.ScopeCodes codes = organization.codes(scope);
    List<String> stores =
        scope.allStores()
            ? tracked
            : tracked.stream().filter(c -> c.equals(codes.storeCode())).toList();
    if (stores.isEmpty()) {
      return new Reminders(0, 0);
    }
    Instant now = clock.instant();
    YearMonth month = YearMonth.from(now.atZone(organization.zone()));
    String own = scope.role() == Role.STAFF ? String.valueOf(codes.employeeCode()) : null;
    long dueSoon = 0;
    long overdue = 0;
    Reading reading = reading(List.of(month.minusMonths(1), month));
    for (String store : stores) {
      for (YearMonth m : List.of(month.minusMonths(1), month)) {
        for (WorkRow r : rows(store, m, now, reading)) {
          if (own != null && !own.equals(r.employeeCode())) {
            continue;
          }
          if (r.status() == WorkStatus.OPEN && !r.dueAt().isAfter(now.plusSeconds(86_400))) {
            dueSoon++;
          } else if (r.status() == WorkStatus.MISSING) {
            overdue++;
          }
        }
      }
    }
    return new Reminders(dueSoon, overdue);
  }

  // ---- shared checks -----------------------------------------------------------------------

  /** The store's code, when it exists and the user may write it: 400 unknown, 403 not theirs. */
  private String writableStore(AccessScope scope, String code, String field) {
    String store = code.trim();
    long id =
        organization
            .storeId(store)
            .orElseThrow(() -> new BadInput(field, "compliance.unknownStore"));
    if (!scope.canWriteStore(id)) {
      throw new Forbidden("store " + store + " is outside your scope");
    }
    return store;
  }

  private static void required(List<FieldProblem> shape, String field, String value) {
    if (blank(value)) {
      shape.add(new FieldProblem(field, "validation.required"));
    }
  }

  private static void required(List<FieldProblem> shape, String field, Object value) {
    if (value == null) {
      shape.add(new FieldProblem(field, "validation.required"));
    }
  }

  private static void refuse(List<FieldProblem> shape) {
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
