package kefu.settlement;

import java.time.Instant;
import java.time.YearMonth;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** A month was recomputed once more and published: its statements are final, the month locked. */
@NamedInterface("events")
public record MonthPublished(
    YearMonth month, int statements, String fineTotal, String by, Instant at) implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return MonthClose.audited(
        month, SettlementStatus.DRAFT, SettlementStatus.PUBLISHED, statements, fineTotal, by, at);
  }
}
