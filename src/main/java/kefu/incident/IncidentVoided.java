package kefu.incident;

import java.time.Instant;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** An incident was taken out of every statement, with the reason why. */
@NamedInterface("events")
public record IncidentVoided(
    long incidentId,
    String reason,
    String by,
    Instant at,
    Map<String, Object> before,
    Map<String, Object> after)
    implements IncidentChange {}
