package kefu.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.Role;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * One recorded occurrence. Its facts never change after recording; what changes is its status
 * (voided with a reason) and its appeal, each through a method that checks it is allowed and
 * registers an event; saving the incident publishes them.
 */
@Entity
public class Incident {

  /** The name the audit log files incidents under. */
  static final String AUDITED_AS = "incident";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String type;
  private String storeCode;
  private String employeeCode;
  private Instant occurredAt;
  private LocalDate occurredOn;
  private int quantity;
  private Integer minutes;
  private BigDecimal points;
  private String note;

  @Enumerated(EnumType.STRING)
  private IncidentStatus status;

  private String voidReason;
  private String packId;
  private Integer packVersion;
  private String clause;

  @Enumerated(EnumType.STRING)
  private AppealStatus appealStatus;

  private String appealReason;
  private String appealDecision;
  private String appealDecidedBy;
  private String recordedBy;

  /** The recorder's role when they recorded it: who may decide an appeal depends on it. */
  @Enumerated(EnumType.STRING)
  private Role recordedByRole;

  private Instant recordedAt;

  /** The appeal was decided after the month was published: a correction carries it. */
  private boolean appealDecidedLate;

  @Version private long version;

  @Transient private boolean justRecorded;
  @Transient private final List<Object> events = new ArrayList<>();

  protected Incident() {}

  Incident(
      String type,
      String storeCode,
      String employeeCode,
      Instant occurredAt,
      LocalDate occurredOn,
      int quantity,
      Integer minutes,
      BigDecimal points,
      String note,
      String packId,
      Integer packVersion,
      String clause,
      String recordedBy,
      Role recordedByRole,
      Instant recordedAt) {
    this.type = type;
    this.storeCode = storeCode;
    this.employeeCode = employeeCode;
    this.occurredAt = occurredAt;
    this.occurredOn = occurredOn;
    this.quantity = quantity;
    this.minutes = minutes;
    this.points = points;
    this.note = note;
    this.packId = packId;
    this.packVersion = packVersion;
    this.clause = clause;
    this.recordedBy = recordedBy;
    this.recordedByRole = recordedByRole;
    this.recordedAt = recordedAt;
    this.status = IncidentStatus.RECORDED;
    this.justRecorded = true;
  }

  /**
   * Takes the incident out of every statement; a voided incident stays voided. Registers {@link
   * IncidentVoided}.
   */
  void voidBecause(String reason, String by, Instant at) {
    requireNotVoided();
    Map<String, Object> before = snapshot();
    markVoided(reason);
    events.add(new IncidentVoided(id, reason, by, at, before, snapshot()));
  }

  /**
   * The responsible employee disputes the incident; one open appeal at a time. Registers {@link
   * IncidentAppealed}.
   */
  void appeal(String reason, String by, Instant at) {
    requireNotVoided();
    if (appealStatus == AppealStatus.PENDING) {
      throw new IllegalStateException("appeal.alreadyPending");
    }
    Map<String, Object> before = snapshot();
    this.appealStatus = AppealStatus.PENDING;
    this.appealReason = reason;
    this.appealDecision = null;
    this.appealDecidedBy = null;
    events.add(new IncidentAppealed(id, reason, by, at, before, snapshot()));
  }

  /**
   * The manager's answer: uphold keeps the incident, grant voids it. Registers {@link
   * AppealDecided} (a granted appeal is one change, not a decision and a separate voiding). After
   * the month was published ({@code afterPublication}) the published figures stay as they are; the
   * event says so, and the month close carries a granted appeal into a later open month.
   */
  void decideAppeal(boolean grant, String reason, String by, Instant at, boolean afterPublication) {
    if (appealStatus != AppealStatus.PENDING) {
      throw new IllegalStateException("appeal.notPending");
    }
    Map<String, Object> before = snapshot();
    this.appealDecision = reason;
    this.appealDecidedBy = by;
    this.appealDecidedLate = afterPublication;
    if (grant) {
      this.appealStatus = AppealStatus.GRANTED;
      markVoided(reason);
    } else {
      this.appealStatus = AppealStatus.UPHELD;
    }
    events.add(
        new AppealDecided(
            id, grant, reason, by, at, before, snapshot(), month(), afterPublication));
  }

  private void requireNotVoided() {
    if (status == IncidentStatus.VOIDED) {
      throw new IllegalStateException("incident.alreadyVoided");
    }
  }

  private void markVoided(String reason) {
    this.status = IncidentStatus.VOIDED;
    this.voidReason = reason;
  }

  /**
   * The events of the changes since the last save, published by the repository's {@code save}. A
   * new incident announces itself here rather than in its constructor: only now, after the insert,
   * does it have its id.
   */
  @DomainEvents
  List<Object> domainEvents() {
    List<Object> out = new ArrayList<>();
    if (justRecorded) {
      out.add(new IncidentRecorded(id, snapshot(), recordedBy, recordedAt));
    }
    out.addAll(events);
    return out;
  }

  @AfterDomainEventPublication
  void clearDomainEvents() {
    justRecorded = false;
    events.clear();
  }

  /** The incident's values as the audit log shows them before and after a change. */
  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("storeCode", storeCode);
    m.put("employeeCode", employeeCode);
    m.put("occurredAt", String.valueOf(occurredAt));
    m.put("quantity", quantity);
    m.put("minutes", minutes);
    m.put("points", points == null ? null : points.toPlainString());
    m.put("note", note);
    m.put("status", status.name());
    m.put("voidReason", voidReason);
    m.put("pack", packId == null ? null : packId + "@" + packVersion);
    m.put("clause", clause);
    m.put("appealStatus", appealStatus == null ? null : appealStatus.name());
    m.put("appealReason", appealReason);
    m.put("appealDecision", appealDecision);
    return m;
  }

  public YearMonth month() {
    return YearMonth.from(occurredOn);
  }

  public Long getId() {
    return id;
  }

  public String getType() {
    return type;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getEmployeeCode() {
    return employeeCode;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public int getQuantity() {
    return quantity;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public String getNote() {
    return note;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public String getVoidReason() {
    return voidReason;
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

  public AppealStatus getAppealStatus() {
    return appealStatus;
  }

  public String getAppealReason() {
    return appealReason;
  }

  public String getAppealDecision() {
    return appealDecision;
  }

  public String getAppealDecidedBy() {
    return appealDecidedBy;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Role getRecordedByRole() {
    return recordedByRole;
  }

  public boolean isAppealDecidedLate() {
    return appealDecidedLate;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
