package kefu.settlement;

import java.time.Instant;
import java.time.YearMonth;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** A month's draft statements were computed (or recomputed) from the ledger. */
@NamedInterface("events")
public record MonthComputed(
    YearMonth month, int statements, String fineTotal, String by, Instant at) implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return MonthClose.audited(month, null, SettlementStatus.DRAFT, statements, fineTotal, by, at);
  }
}
