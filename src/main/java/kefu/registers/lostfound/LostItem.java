package kefu.registers.lostfound;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.registers.desk.RegisterEntry;
import kefu.shared.IdentityMasks;

/**
 * An item found in a store. It is registered, may be announced, and is either claimed by its owner
 * (name and ID number kept, shown masked) or handed to the manager at the end of the day, from whom
 * it may still be claimed. Each step is added once; nothing is rewritten.
 */
@Entity
public class LostItem extends RegisterEntry {

  static final String AUDITED_AS = "lost-item";

  private String description;
  private String foundWhere;
  private String foundBy;
  private Instant foundAt;
  private LocalDate foundOn;

  @Enumerated(EnumType.STRING)
  private LostItemStatus status;

  private Instant announcedAt;
  private String managerCode;
  private Instant handedAt;
  private String claimantName;
  private String claimantIdNumber;
  private Instant claimedAt;

  protected LostItem() {}

  @Override
  protected String register() {
    return AUDITED_AS;
  }

  LostItem(
      String storeCode,
      String description,
      String foundWhere,
      String foundBy,
      Instant foundAt,
      LocalDate foundOn,
      String recordedBy,
      Instant recordedAt) {
    super(storeCode, recordedBy, recordedAt);
    this.description = description;
    this.foundWhere = foundWhere;
    this.foundBy = foundBy;
    this.foundAt = foundAt;
    this.foundOn = foundOn;
    this.status = LostItemStatus.REGISTERED;
  }

  /** The item was announced (on the public address or the notice board), once. */
  void announce(String by, Instant at) {
    if (status != LostItemStatus.REGISTERED) {
      throw new Conflict("lostfound.notAtDesk");
    }
    step(
        "ANNOUNCED",
        by,
        at,
        () -> {
          this.status = LostItemStatus.ANNOUNCED;
          this.announcedAt = at;
        });
  }

  /** The desk handed the unclaimed item to the manager at the end of the day. */
  void handToManager(String managerCode, String by, Instant at) {
    if (status == LostItemStatus.CLAIMED || status == LostItemStatus.WITH_MANAGER) {
      throw new Conflict("lostfound.notAtDesk");
    }
    step(
        "WITH_MANAGER",
        by,
        at,
        () -> {
          this.status = LostItemStatus.WITH_MANAGER;
          this.managerCode = managerCode;
          this.handedAt = at;
        });
  }

  /** Its owner claimed it, showing an ID; once. */
  void claim(String name, String idNumber, String by, Instant at) {
    List<kefu.platform.FieldProblem> missing = new ArrayList<>();
    if (name == null || name.isBlank()) {
      missing.add(new kefu.platform.FieldProblem("claimantName", "validation.required"));
    }
    if (idNumber == null || idNumber.isBlank()) {
      missing.add(new kefu.platform.FieldProblem("claimantIdNumber", "validation.required"));
    }
    if (!missing.isEmpty()) {
      throw new BadInput("problem.invalid", missing);
    }
    if (status == LostItemStatus.CLAIMED) {
      throw new Conflict("lostfound.alreadyClaimed");
    }
    step(
        "CLAIMED",
        by,
        at,
        () -> {
          this.status = LostItemStatus.CLAIMED;
          this.claimantName = name.strip();
          this.claimantIdNumber = idNumber.strip();
          this.claimedAt = at;
        });
  }

  /** Still not with its owner. */
  public boolean unclaimed() {
    return status != LostItemStatus.CLAIMED;
  }

  /** As the audit log shows it: the claimant masked, as for most readers of the log. */
  @Override
  protected Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("storeCode", getStoreCode());
    m.put("description", description);
    m.put("foundWhere", foundWhere);
    m.put("foundBy", foundBy);
    m.put("foundAt", String.valueOf(foundAt));
    m.put("status", status.name());
    m.put("managerCode", managerCode);
    m.put("claimantName", IdentityMasks.name(claimantName));
    m.put("claimantIdNumber", IdentityMasks.idNumber(claimantIdNumber));
    return m;
  }

  public String getDescription() {
    return description;
  }

  public String getFoundWhere() {
    return foundWhere;
  }

  public String getFoundBy() {
    return foundBy;
  }

  public Instant getFoundAt() {
    return foundAt;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public LostItemStatus getStatus() {
    return status;
  }

  public Instant getAnnouncedAt() {
    return announcedAt;
  }

  public String getManagerCode() {
    return managerCode;
  }

  public Instant getHandedAt() {
    return handedAt;
  }

  public String getClaimantName() {
    return claimantName;
  }

  public String getClaimantIdNumber() {
    return claimantIdNumber;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }
}
