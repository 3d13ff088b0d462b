package kefu.incident;

import java.time.Instant;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** The responsible employee (or a manager for them) disputes an incident. */
@NamedInterface("events")
public record IncidentAppealed(
    long incidentId,
    String reason,
    String by,
    Instant at,
    Map<String, Object> before,
    Map<String, Object> after)
    implements IncidentChange {}
