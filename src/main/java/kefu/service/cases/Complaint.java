package kefu.service.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.service.cases.Step.Action;

/**
 * A complaint form (顾客抱怨处理单) or a praise. It moves RECEIVED → ACKNOWLEDGED → RESOLVED → CLOSED, and
 * between ACKNOWLEDGED and PAUSED while the customer is awaited; each move is a method that refuses
 * a step out of order (409) or dated before the step before it (400), and adds the step to the
 * history. A complaint carries its due times (first reply, resolution, and for an important one the
 * report to group CS) and marks each response time it missed.
 */
@Entity
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String storeCode;
  private String employeeCode;

  @Enumerated(EnumType.STRING)
  private ComplaintKind kind;

  private Instant receivedAt;
  private boolean urgent;
  private boolean important;
  private String customerName;
  private String customerPhone;
  private String summary;

  @Enumerated(EnumType.STRING)
  private ComplaintStatus status;

  private String packId;
  private Integer packVersion;
  private String clause;
  private Integer resolutionWorkingDays;
  private Instant firstReplyDueAt;
  private Instant resolveDueAt;
  private Instant acknowledgedAt;
  private Instant resolvedAt;
  private Instant closedAt;
  private Integer satisfaction;
  private boolean firstReplyBreached;
  private boolean resolutionBreached;
  private Instant reportDueAt;
  private Instant reportedAt;
  private String explanation;
  private Boolean explanationAccepted;
  private Long incidentId;
  private String recordedBy;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "complaint_step", joinColumns = @JoinColumn(name = "complaint_id"))
  @OrderColumn(name = "position")
  private List<Step> steps = new ArrayList<>();

  protected Complaint() {}

  /** What the store says it received; the SLA times come from the pack in force that day. */
  record Received(
      String storeCode,
      String employeeCode,
      ComplaintKind kind,
      Instant receivedAt,
      boolean urgent,
      boolean important,
      String customerName,
      String customerPhone,
      String summary) {}

  /** Where the SLA figures came from, to cite them. */
  record SlaSource(String packId, int packVersion, ComplaintSla sla) {}

  Complaint(Received r, SlaSource source, SlaClock clock, ZoneId zone, String recordedBy) {
    this.storeCode = r.storeCode();
    this.employeeCode = r.employeeCode();
    this.kind = r.kind();
    this.receivedAt = r.receivedAt();
    this.urgent = r.urgent();
    this.important = r.important();
    this.customerName = r.customerName();
    this.customerPhone = r.customerPhone();
    this.summary = r.summary();
    this.status = ComplaintStatus.RECEIVED;
    this.recordedBy = recordedBy;
    ComplaintSla sla = source.sla();
    this.packId = source.packId();
    this.packVersion = source.packVersion();
    this.clause = sla.clause();
    if (kind == ComplaintKind.COMPLAINT) {
      this.resolutionWorkingDays = sla.resolutionWorkingDays();
      this.firstReplyDueAt = receivedAt.plus(sla.firstReply(urgent));
      this.resolveDueAt = clock.dueAfter(receivedAt, resolutionWorkingDays, List.of());
      if (important) {
        this.reportDueAt =
            receivedAt
                .atZone(zone)
                .toLocalDate()
                .plusDays(sla.importantReportDaysAfter())
                .atTime(sla.importantReportAt())
                .atZone(zone)
                .toInstant();
      }
    }
  }

  // ---- the moves ---------------------------------------------------------------------------

  void acknowledge(Instant at, String note, String by) {
    move(Action.ACKNOWLEDGE, EnumSet.of(ComplaintStatus.RECEIVED), at, note, by);
    acknowledgedAt = at;
    firstReplyBreached = firstReplyDueAt != null && at.isAfter(firstReplyDueAt);
    status = ComplaintStatus.ACKNOWLEDGED;
  }

  void pause(Instant at, String note, String by) {
    move(Action.PAUSE, EnumSet.of(ComplaintStatus.ACKNOWLEDGED), at, note, by);
    if (resolveDueAt != null && at.isAfter(resolveDueAt)) {
      resolutionBreached = true;
    }
    status = ComplaintStatus.PAUSED;
  }

  void resume(Instant at, String note, String by, SlaClock clock) {
    move(Action.RESUME, EnumSet.of(ComplaintStatus.PAUSED), at, note, by);
    status = ComplaintStatus.ACKNOWLEDGED;
    if (resolutionWorkingDays != null) {
      resolveDueAt = clock.dueAfter(receivedAt, resolutionWorkingDays, pauses());
    }
  }

  void resolve(Instant at, String note, String by) {
    move(Action.RESOLVE, EnumSet.of(ComplaintStatus.ACKNOWLEDGED), at, note, by);
    resolvedAt = at;
    if (resolveDueAt != null && at.isAfter(resolveDueAt)) {
      resolutionBreached = true;
    }
    status = ComplaintStatus.RESOLVED;
  }

  void close(Instant at, String note, Integer satisfaction, String by) {
    if (status == ComplaintStatus.CLOSED) {
      throw new Conflict("complaint " + id + " is already closed: it cannot be closed again");
    }
    requireStatus(Action.CLOSE, EnumSet.of(ComplaintStatus.RESOLVED));
    if (satisfaction == null) {
      throw new BadInput("satisfaction", "validation.required");
    }
    if (satisfaction < 1 || satisfaction > 5) {
      throw new BadInput("satisfaction", "service.complaint.satisfaction.range");
    }
    move(Action.CLOSE, EnumSet.of(ComplaintStatus.RESOLVED), at, note, by);
    this.satisfaction = satisfaction;
    closedAt = at;
    status = ComplaintStatus.CLOSED;
  }

  /** The store reports an important complaint to group CS (once). */
  void reportToGroup(Instant at, String note, String by) {
    if (!important) {
      throw new Conflict("complaint " + id + " is not important: it is not reported to group CS");
    }
    if (reportedAt != null) {
      throw new Conflict("complaint " + id + " was already reported to group CS at " + reportedAt);
    }
    requireNotBefore(at);
    steps.add(new Step(Action.REPORT_TO_GROUP, at, note, by));
    reportedAt = at;
  }

  /** Whether an important complaint had not reached group CS by its due time as of {@code now}. */
  public boolean unreported(Instant now) {
    return reportDueAt != null
        && (reportedAt == null ? now.isAfter(reportDueAt) : reportedAt.isAfter(reportDueAt));
  }

  /** The store's written explanation for an important complaint not reported in time. */
  void explain(Instant at, String text, String by) {
    if (!unreported(at)) {
      throw new Conflict(
          "complaint " + id + " was not left unreported past its due time: nothing to explain");
    }
    if (explanation != null) {
      throw new Conflict("complaint " + id + " already has an explanation");
    }
    if (text == null || text.isBlank()) {
      throw new BadInput("text", "validation.required");
    }
    requireNotBefore(at);
    steps.add(new Step(Action.EXPLANATION, at, text.strip(), by));
    explanation = text.strip();
  }

  /** Group CS accepts or rejects the explanation; a rejection leaves the incident to record. */
  void decideExplanation(Instant at, boolean accepted, String note, String by) {
    if (explanation == null) {
      throw new Conflict("complaint " + id + " has no explanation to decide on");
    }
    if (explanationAccepted != null) {
      throw new Conflict("the explanation of complaint " + id + " was already decided");
    }
    requireNotBefore(at);
    steps.add(new Step(Action.EXPLANATION_DECISION, at, accepted ? "accepted" : "rejected", by));
    explanationAccepted = accepted;
  }

  void incidentRecorded(long incidentId) {
    this.incidentId = incidentId;
  }

  private void move(Action action, Set<ComplaintStatus> from, Instant at, String note, String by) {
    requireStatus(action, from);
    requireNotBefore(at);
    steps.add(new Step(action, at, note, by));
  }

  private void requireStatus(Action action, Set<ComplaintStatus> from) {
    if (!from.contains(status)) {
      throw new Conflict(
          "complaint "
              + id
              + " is "
              + status
              + ": "
              + action.name().toLowerCase(java.util.Locale.ROOT)
              + " needs it to be "
              + String.join(" or ", from.stream().map(Enum::name).sorted().toList()));
    }
  }

  private void requireNotBefore(Instant at) {
    if (at == null) {
      throw new BadInput("at", "validation.required");
    }
    Instant last = steps.isEmpty() ? receivedAt : steps.get(steps.size() - 1).getAt();
    if (at.isBefore(last)) {
      throw new BadInput("at", "service.complaint.at.beforePrevious");
    }
  }

  // ---- what it says ------------------------------------------------------------------------

  /** The stretches the complaint was paused, the last one open while it still is. */
  List<SlaClock.Pause> pauses() {
    List<SlaClock.Pause> pauses = new ArrayList<>();
    Instant start = null;
    for (Step s : steps) {
      if (s.getAction() == Action.PAUSE) {
        start = s.getAt();
      } else if (s.getAction() == Action.RESUME && start != null) {
        pauses.add(new SlaClock.Pause(start, s.getAt()));
        start = null;
      }
    }
    if (start != null) {
      pauses.add(new SlaClock.Pause(start, null));
    }
    return pauses;
  }

  /** The response times missed as of {@code now}: those marked, and those running late now. */
  public List<Breach> breaches(Instant now) {
    List<Breach> out = new ArrayList<>();
    if (firstReplyBreached || (acknowledgedAt == null && overdue(firstReplyDueAt, now))) {
      out.add(Breach.FIRST_REPLY);
    }
    if (resolutionBreached
        || (status == ComplaintStatus.RECEIVED || status == ComplaintStatus.ACKNOWLEDGED)
            && overdue(resolveDueAt, now)) {
      out.add(Breach.RESOLUTION);
    }
    return out;
  }

  /** When a breach began, if it has as of {@code now}. */
  Instant breachedAt(Breach breach, Instant now) {
    return breaches(now).contains(breach)
        ? (breach == Breach.FIRST_REPLY ? firstReplyDueAt : resolveDueAt)
        : null;
  }

  /** Whether the clock of this breach still runs, so that the next level may still be told. */
  boolean stillOpen(Breach breach) {
    return breach == Breach.FIRST_REPLY
        ? acknowledgedAt == null
        : status == ComplaintStatus.RECEIVED || status == ComplaintStatus.ACKNOWLEDGED;
  }

  private static boolean overdue(Instant due, Instant now) {
    return due != null && now.isAfter(due);
  }

  public Long getId() {
    return id;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getEmployeeCode() {
    return employeeCode;
  }

  public ComplaintKind getKind() {
    return kind;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public boolean isImportant() {
    return important;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getCustomerPhone() {
    return customerPhone;
  }

  public String getSummary() {
    return summary;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public String getPackId() {
    return packId;
  }

  public Integer getPackVersion() {
    return packVersion;
  }

  public String getClause() {
    return clause;
  }

  public Instant getFirstReplyDueAt() {
    return firstReplyDueAt;
  }

  public Instant getResolveDueAt() {
    return resolveDueAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public Instant getReportDueAt() {
    return reportDueAt;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getExplanation() {
    return explanation;
  }

  public Boolean getExplanationAccepted() {
    return explanationAccepted;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public List<Step> getSteps() {
    return List.copyOf(steps);
  }
}
