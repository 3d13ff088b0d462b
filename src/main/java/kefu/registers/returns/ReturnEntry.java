package kefu.registers.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.DomainEvents;

/**
 * One return or exchange at the front desk with its reason code. Never changed: a wrong entry is
 * corrected by a new one citing it, and the analysis counts only the entry that stands.
 */
@Entity
public class ReturnEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String storeCode;

  @Enumerated(EnumType.STRING)
  private ReturnKind kind;

  private LocalDate occurredOn;
  private String product;

  @Enumerated(EnumType.STRING)
  private ReturnReason reason;

  private String note;
  private Long correctsId;
  private String recordedBy;
  private Instant recordedAt;

  @Transient private boolean justRecorded;

  protected ReturnEntry() {}

  ReturnEntry(
      String storeCode,
      ReturnKind kind,
      LocalDate occurredOn,
      String product,
      ReturnReason reason,
      String note,
      Long correctsId,
      String recordedBy,
      Instant recordedAt) {
    this.storeCode = storeCode;
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.product = product;
    this.reason = reason;
    this.note = note;
    this.correctsId = correctsId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.justRecorded = true;
  }

  @DomainEvents
  List<Object> domainEvents() {
    if (!justRecorded) {
      return List.of();
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("storeCode", storeCode);
    after.put("kind", kind.name());
    after.put("occurredOn", occurredOn.toString());
    after.put("product", product);
    after.put("reason", reason.name());
    after.put("note", note);
    after.put("correctsId", correctsId);
    return List.of(new ReturnRecorded(id, after, recordedBy, recordedAt));
  }

  public Long getId() {
    return id;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public ReturnKind getKind() {
    return kind;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getProduct() {
    return product;
  }

  public ReturnReason getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
