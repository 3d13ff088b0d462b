package kefu.registers.handover;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import kefu.registers.desk.RegisterEntry;

/**
 * One shift handed over in a store. The outgoing person's marks never change after recording; what
 * follows is the incoming person's signature or refusal (once, and only by that person) and the
 * lead's review (once). A wrong handover is corrected by a new one that cites it.
 */
@Entity
public class Handover extends RegisterEntry {

  /** The name the audit log files handovers under. */
  static final String AUDITED_AS = "handover";

  private String outgoingCode;
  private String incomingCode;
  private Instant handedAt;
  private LocalDate handedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "handover_item", joinColumns = @JoinColumn(name = "handover_id"))
  @OrderColumn(name = "line_no")
  private List<ChecklistMark> items = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private HandoverStatus status;

  private Instant decidedAt;
  private String decidedBy;
  private String refusalReason;
  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewNote;
  private Long correctsId;

  protected Handover() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

  Handover(
      String storeCode,
      String outgoingCode,
      String incomingCode,
      Instant handedAt,
      LocalDate handedOn,
      List<ChecklistMark> items,
      Long correctsId,
      String recordedBy,
      Instant recordedAt) {
    super(storeCode, recordedBy, recordedAt);
    this.outgoingCode = outgoingCode;
    this.incomingCode = incomingCode;
    this.handedAt = handedAt;
    this.handedOn = handedOn;
    this.items = new ArrayList<>(items);
    this.correctsId = correctsId;
    this.status = HandoverStatus.PENDING;
  }

  /**
   * The incoming person takes the shift over as marked. {@code signerCode} is the employee of the
   * login that asks: nobody signs for someone else.
   */
  void sign(String signerCode, String by, Instant at) {
    decide(signerCode, HandoverStatus.SIGNED, null, by, at);
  }

  /** The incoming person does not take the shift over as marked, and says why. */
  void refuse(String signerCode, String reason, String by, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new BadInput("reason", "handover.reasonRequired");
    }
    decide(signerCode, HandoverStatus.REFUSED, reason.strip(), by, at);
  }

  private void decide(
      String signerCode, HandoverStatus outcome, String reason, String by, Instant at) {
    if (signerCode == null || !signerCode.equals(incomingCode)) {
      throw new Forbidden("handover.onlyIncoming");
    }
    if (status != HandoverStatus.PENDING) {
      throw new Conflict("handover.alreadyDecided");
    }
    step(
        outcome.name(),
        by,
        at,
        () -> {
          this.status = outcome;
          this.refusalReason = reason;
          this.decidedBy = by;
          this.decidedAt = at;
        });
  }

  /** The lead has looked at the handover (once), with an optional note. */
  void review(String note, String by, Instant at) {
    if (reviewedBy != null) {
      throw new Conflict("handover.alreadyReviewed");
    }
    step(
        "REVIEWED",
        by,
        at,
        () -> {
          this.reviewedBy = by;
          this.reviewedAt = at;
          this.reviewNote = note == null || note.isBlank() ? null : note.strip();
        });
  }

  /** Whether it still waits for the incoming person and was handed over before {@code cutoff}. */
  public boolean unsignedSince(Instant cutoff) {
    return status == HandoverStatus.PENDING && handedAt.isBefore(cutoff);
  }

  /** The handover's values as the audit log shows them. */
  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
    m.put("outgoingCode", outgoingCode);
    m.put("incomingCode", incomingCode);
    m.put("handedAt", String.valueOf(handedAt));
    m.put(
        "items",
        items.stream()
            .map(i -> (i.isOk() ? "✓ " : "× ") + i.getItem() + noteOf(i.getNote()))
            .toList());
    m.put("status", status.name());
    m.put("refusalReason", refusalReason);
    m.put("decidedBy", decidedBy);
    m.put("reviewedBy", reviewedBy);
    m.put("reviewNote", reviewNote);
    m.put("correctsId", correctsId);
    return m;
  }

  private static String noteOf(String note) {
    return note == null ? "" : " (" + note + ")";
  }

  public String getOutgoingCode() {
    return outgoingCode;
  }

  public String getIncomingCode() {
    return incomingCode;
  }

  public Instant getHandedAt() {
    return handedAt;
  }

  public LocalDate getHandedOn() {
    return handedOn;
  }

  public List<ChecklistMark> getItems() {
    return List.copyOf(items);
  }

  public HandoverStatus getStatus() {
    return status;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRefusalReason() {
    return refusalReason;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public Long getCorrectsId() {
    return correctsId;
  }
}
