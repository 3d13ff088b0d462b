package kefu.registers.lostfound;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;

/**
 * Someone saw a lost item's claimant whole (name and ID number, which only ADMIN and GROUP_CS see
 * unmasked). The audit entry records who looked, when and at which item, without the identity.
 */
public record ClaimantUnmasked(long itemId, String storeCode, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.read(
        "lost-item-claimant-view",
        itemId,
        Map.of(
            "itemId", itemId,
            "storeCode", storeCode,
            "fields", "claimantName,claimantIdNumber"),
        by,
        at);
  }
}
