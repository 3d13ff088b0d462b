package kefu.policy;

import java.time.Instant;
import java.util.Map;
import kefu.audit.AuditRecord;
import kefu.audit.Audited;
import org.springframework.modulith.NamedInterface;

/** A pack version was adopted from a date for all or some stores. */
@NamedInterface("events")
public record PackAdopted(long adoptionId, Map<String, Object> adoption, String by, Instant at)
    implements Audited {

  @Override
  public AuditRecord auditRecord() {
    return AuditRecord.created("policy_adoption", adoptionId, adoption, by, at);
  }
}
