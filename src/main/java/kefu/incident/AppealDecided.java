package kefu.incident;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A manager answered an appeal: granted (the incident is voided) or upheld. {@code month} is the
 * incident's month; {@code afterPublication} says it was already published, so the published
 * figures did not change and a granted appeal is for a later month to correct.
 */
@NamedInterface("events")
public record AppealDecided(
    long incidentId,
    boolean granted,
    String reason,
    String by,
    Instant at,
    Map<String, Object> before,
    Map<String, Object> after,
    YearMonth month,
    boolean afterPublication)
    implements IncidentChange {}
