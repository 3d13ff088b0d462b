package kefu.policy;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** A policy pack version was stored (built in, copied or edited); {@code version} summarizes it. */
@NamedInterface("events")
public record PackVersionStored(String pack, Map<String, Object> version, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("policy_pack", pack, version, by, at);
  }
}
