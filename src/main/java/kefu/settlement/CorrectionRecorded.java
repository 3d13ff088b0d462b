package kefu.settlement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * A correction of a published month went into a later open month as an adjustment citing the
 * original; {@code adjustment} holds its values.
 */
@NamedInterface("events")
public record CorrectionRecorded(
    String employeeCode, YearMonth intoMonth, Map<String, Object> adjustment, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("adjustment", employeeCode + "@" + intoMonth, adjustment, by, at);
  }
}
