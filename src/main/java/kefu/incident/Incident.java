package kefu.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One recorded occurrence. Its facts never change after recording; what changes is its status
 * (voided with a reason) and its appeal, each through a method that checks it is allowed.
 */
@Entity
public class Incident {

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
  private Instant recordedAt;
  @Version private long version;

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
    this.recordedAt = recordedAt;
    this.status = IncidentStatus.RECORDED;
  }

  /** Takes the incident out of every statement; a voided incident stays voided. */
  void voidBecause(String reason) {
    if (status == IncidentStatus.VOIDED) {
      throw new IllegalStateException("incident.alreadyVoided");
    }
    this.status = IncidentStatus.VOIDED;
    this.voidReason = reason;
  }

  /** The responsible employee disputes the incident; one open appeal at a time. */
  void appeal(String reason) {
    if (status == IncidentStatus.VOIDED) {
      throw new IllegalStateException("incident.alreadyVoided");
    }
    if (appealStatus == AppealStatus.PENDING) {
      throw new IllegalStateException("appeal.alreadyPending");
    }
    this.appealStatus = AppealStatus.PENDING;
    this.appealReason = reason;
    this.appealDecision = null;
    this.appealDecidedBy = null;
  }

  /** The manager's answer: uphold keeps the incident, grant voids it. */
  void decideAppeal(boolean grant, String reason, String decidedBy) {
    if (appealStatus != AppealStatus.PENDING) {
      throw new IllegalStateException("appeal.notPending");
    }
    this.appealDecision = reason;
    this.appealDecidedBy = decidedBy;
    if (grant) {
      this.appealStatus = AppealStatus.GRANTED;
      voidBecause(reason);
    } else {
      this.appealStatus = AppealStatus.UPHELD;
    }
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

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
