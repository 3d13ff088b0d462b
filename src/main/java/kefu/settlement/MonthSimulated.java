package kefu.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * Someone ran a what-if over a month: which pack (a saved version, or a draft when {@code version}
 * is null), which stores (null: all), and how many employees it changed. Nothing else happened.
 */
@NamedInterface("events")
public record MonthSimulated(
    YearMonth month,
    String packId,
    Integer version,
    Set<String> stores,
    int employeesChanged,
    String by,
    Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.read(
        "SettlementSimulation",
        month,
        MonthSimulation.snapshot(month, packId, version, stores, employeesChanged),
        by,
        at);
  }
}
