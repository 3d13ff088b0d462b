package kefu.incident;

import java.time.Instant;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** A manager answered an appeal: granted (the incident is voided) or upheld. */
@NamedInterface("events")
public record AppealDecided(
    long incidentId,
    boolean granted,
    String reason,
    String by,
    Instant at,
    Map<String, Object> before,
    Map<String, Object> after)
    implements IncidentChange {}
