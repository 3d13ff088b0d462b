package kefu.service.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kefu.incident.Incident;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.service.PhoneUnmasked;
import kefu.service.callback.Callbacks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and praise: receiving them with the SLA of the pack in force, the steps of the form,
 * and the important-complaint path. A rejected explanation records {@code
 * IMPORTANT_COMPLAINT_UNREPORTED} for the store in the same transaction, so the decision and the
 * incident are stored together or not at all.
 */
@Service
@Transactional
public class Complaints {

  static final String UNREPORTED = "IMPORTANT_COMPLAINT_UNREPORTED";

  private final ComplaintRepository complaints;
  private final Organization organization;
  private final Assignments assignments;
  private final GroupCalendar calendar;
  private final SlaTerms terms;
  private final RecordIncident recordIncident;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Complaints(
      ComplaintRepository complaints,
      Organization organization,
      Assignments assignments,
      GroupCalendar calendar,
      SlaTerms terms,
      RecordIncident recordIncident,
      Clock clock,
      ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.organization = organization;
    this.assignments = assignments;
    this.calendar = calendar;
    this.terms = terms;
    this.recordIncident = recordIncident;
    this.clock = clock;
    this.events = events;
  }

  /** What a store records on receiving a complaint or a praise. */
  public record NewComplaint(
      String storeCode,
      String employeeCode,
      String kind,
      OffsetDateTime receivedAt,
      Boolean urgent,
      Boolean important,
      String customerName,
      String customerPhone,
      String summary) {}

  /** One step: its time (default now), a note, and what some steps carry besides. */
  public record StepRequest(
      OffsetDateTime at, String note, Integer satisfaction, String text, Boolean accepted) {}

  public Complaint receive(AccessScope scope, NewComplaint n) {
    List<FieldProblem> problems = new ArrayList<>();
    require(problems, "storeCode", n.storeCode());
    require(problems, "employeeCode", n.employeeCode());
    if (n.receivedAt() == null) {
      problems.add(new FieldProblem("receivedAt", "validation.required"));
    }
    ComplaintKind kind = ComplaintKind.COMPLAINT;
    if (n.kind() != null && !n.kind().isBlank()) {
      try {
        kind = ComplaintKind.valueOf(n.kind().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("kind", "service.complaint.kind.unknown"));
      }
    }
    InputRules.checkText(problems, "storeCode", n.storeCode(), 32, false);
    InputRules.checkText(problems, "employeeCode", n.employeeCode(), 32, false);
    InputRules.checkText(problems, "customerName", n.customerName(), 100, false);
    InputRules.checkText(problems, "customerPhone", n.customerPhone(), 40, false);
    InputRules.checkText(problems, "summary", n.summary(), 2000, true);
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    String storeCode = n.storeCode().trim();
    long storeId =
        organization
            .storeId(storeCode)
            .orElseThrow(() -> new BadInput("storeCode", "service.complaint.store.unknown"));
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("store " + storeCode + " is outside your scope");
    }
    ZoneId zone = calendar.zone();
    Instant receivedAt = n.receivedAt().toInstant();
    LocalDate day = receivedAt.atZone(zone).toLocalDate();
    String employee = n.employeeCode().trim();
    if (assignments.positionAt(employee, storeCode, day).isEmpty()) {
      throw new RuleRefused("employeeCode", "service.complaint.employee.notInStore");
    }
    Complaint.Received r =
        new Complaint.Received(
            storeCode,
            employee,
            kind,
            receivedAt,
            Boolean.TRUE.equals(n.urgent()),
            Boolean.TRUE.equals(n.important()),
            trimmed(n.customerName()),
            trimmed(n.customerPhone()),
            trimmed(n.summary()));
    return complaints.save(
        new Complaint(r, terms.at(storeCode, day), slaClock(), zone, scope.username()));
  }

  /**
   * The complaint with its customer's full number for ADMIN and GROUP_CS, the view written to the
   * audit log; anyone else is refused.
   */
  public Complaint unmasked(AccessScope scope, long id) {
    if (!Callbacks.mayUnmask(scope)) {
      throw new Forbidden("only group CS and administrators see full numbers");
    }
    Complaint c = get(scope, id);
    events.publishEvent(
        new PhoneUnmasked("complaint", id, c.getStoreCode(), scope.username(), clock.instant()));
    return c;
  }

  /** The complaint, if the user may see it. */
  @Transactional(readOnly = true)
  public Complaint get(AccessScope scope, long id) {
    Complaint c = complaints.findById(id).orElseThrow(() -> new NotFound("complaint " + id));
    long storeId = organization.storeId(c.getStoreCode()).orElseThrow();
    boolean ownOnly = scope.confinedToEmployee().isPresent();
    if (!scope.admitsStore(storeId)
        || ownOnly && !organization.ownEmployeeCode(scope).orElse("").equals(c.getEmployeeCode())) {
      throw new NotFound("complaint " + id);
    }
    return c;
  }

  /** Takes one step of the form, named as in the API path. */
  public Complaint step(AccessScope scope, long id, String action, StepRequest s) {
    Complaint c = writable(scope, id);
    StepRequest req = s == null ? new StepRequest(null, null, null, null, null) : s;
    Instant at = req.at() == null ? clock.instant() : req.at().toInstant();
    String note = note(req.note());
    String by = scope.username();
    switch (action) {
      case "acknowledge" -> c.acknowledge(at, note, by);
      case "pause" -> c.pause(at, note, by);
      case "resume" -> c.resume(at, note, by, slaClock());
      case "resolve" -> c.resolve(at, note, by);
      case "close" -> c.close(at, note, req.satisfaction(), by);
      case "report-to-group" -> c.reportToGroup(at, note, by);
      case "explanation" -> {
        InputRules.requireText("text", req.text(), 2000, true);
        c.explain(at, req.text(), by);
      }
      case "explanation-decision" -> decide(scope, c, at, req);
      default -> throw new NotFound("complaint action " + action);
    }
    return complaints.save(c);
  }

  private void decide(AccessScope scope, Complaint c, Instant at, StepRequest req) {
    if (scope.role() != Role.GROUP_CS && scope.role() != Role.ADMIN) {
      throw new Forbidden("only group CS decides on an explanation");
    }
    if (req.accepted() == null) {
      throw new BadInput("accepted", "validation.required");
    }
    c.decideExplanation(at, req.accepted(), note(req.note()), scope.username());
    if (!req.accepted()) {
      Incident incident =
          recordIncident.record(
              scope,
              new RecordIncident.Params(
                  UNREPORTED,
                  c.getStoreCode(),
                  null,
                  c.getReportDueAt().atZone(calendar.zone()).toOffsetDateTime(),
                  1,
                  null,
                  null,
                  "complaint #" + c.getId() + ": explanation rejected"));
      c.incidentRecorded(incident.getId());
    }
  }

  /** The complaints received in a month, in the user's scope, newest first. */
  @Transactional(readOnly = true)
  public List<Complaint> month(AccessScope scope, YearMonth month, String storeCode) {
    ZoneId zone = calendar.zone();
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().minusNanos(1);
    Organization.ScopeCodes codes = organization.codes(scope);
    String requested = blankToNull(storeCode);
    if (requested != null) {
      // another store than one's own is not found, as everywhere
      organization.store(scope, requested);
    }
    String store = codes.storeCode() != null ? codes.storeCode() : requested;
    List<Complaint> found =
        store == null
            ? complaints.findByReceivedAtBetweenOrderByReceivedAtDesc(from, to)
            : complaints.findByStoreCodeAndReceivedAtBetweenOrderByReceivedAtDesc(store, from, to);
    return codes.employeeCode() == null
        ? found
        : found.stream().filter(c -> codes.employeeCode().equals(c.getEmployeeCode())).toList();
  }

  /** One agent's month: complaints within their response times and the mean satisfaction. */
  public record AgentSla(
      String storeCode,
      String employeeCode,
      int complaints,
      int met,
      BigDecimal metPercent,
      int rated,
      BigDecimal meanSatisfaction) {}

  /** Per agent of the month's complaints: SLA met % and mean CSAT, by store and employee. */
  @Transactional(readOnly = true)
  public List<AgentSla> agentReport(AccessScope scope, YearMonth month, String storeCode) {
    Instant now = clock.instant();
    Map<List<String>, int[]> tally = new TreeMap<>(Comparator.comparing(Object::toString));
    for (Complaint c : month(scope, month, storeCode)) {
      int[] t =
          tally.computeIfAbsent(List.of(c.getStoreCode(), c.getEmployeeCode()), k -> new int[4]);
      if (c.getKind() == ComplaintKind.COMPLAINT) {
        t[0]++;
        if (c.breaches(now).isEmpty()) {
          t[1]++;
        }
      }
      if (c.getSatisfaction() != null) {
        t[2]++;
        t[3] += c.getSatisfaction();
      }
    }
    List<AgentSla> out = new ArrayList<>();
    tally.forEach(
        (k, t) ->
            out.add(
                new AgentSla(
                    k.get(0),
                    k.get(1),
                    t[0],
                    t[1],
                    t[0] == 0 ? null : ratio(t[1] * 100L, t[0], 1),
                    t[2],
                    t[2] == 0 ? null : ratio(t[3], t[2], 2))));
    return out;
  }

  private static BigDecimal ratio(long part, long whole, int scale) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  public Instant now() {
    return clock.instant();
  }

  public ZoneId zone() {
    return calendar.zone();
  }

  private Complaint writable(AccessScope scope, long id) {
    Complaint c = get(scope, id);
    long storeId = organization.storeId(c.getStoreCode()).orElseThrow();
    if (!scope.canWriteStore(storeId)) {
      throw new Forbidden("complaint " + id + " is outside what you may change");
    }
    return c;
  }

  private SlaClock slaClock() {
    return new SlaClock(calendar.zone(), calendar::isWorkingDay);
  }

  private static String note(String note) {
    InputRules.requireText("note", note, 2000, true);
    return trimmed(note);
  }

  private static void require(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "validation.required"));
    }
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String blankToNull(String s) {
    return trimmed(s);
  }
}
