package kefu.registers.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.registers.desk.RegisterEntry;

/**
 * One return or exchange at the front desk with its reason code. Never changed: a wrong entry is
 * corrected by a new one citing it, and the analysis counts only the entry that stands.
 */
@Entity
public class ReturnEntry extends RegisterEntry {

  static final String AUDITED_AS = "return-entry";

  @Enumerated(EnumType.STRING)
  private ReturnKind kind;

  private LocalDate occurredOn;
  private String product;

  @Enumerated(EnumType.STRING)
  private ReturnReason reason;

  private String note;
  private Long correctsId;

  protected ReturnEntry() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

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
    super(storeCode, recordedBy, recordedAt);
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.product = product;
    this.reason = reason;
    this.note = note;
    this.correctsId = correctsId;
  }

  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("storeCode", getStoreCode());
    after.put("kind", kind.name());
    after.put("occurredOn", occurredOn.toString());
    after.put("product", product);
    after.put("reason", reason.name());
    after.put("note", note);
    after.put("correctsId", correctsId);
    return after;
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
}
