package kefu.policy;

import java.util.List;
import java.util.Objects;

/**
 * A clause of the regulation: its number as the document writes it (e.g. "§2A"), our own one-line
 * summary, the incident types it governs (possibly none) and an optional quota.
 */
public record Clause(
    String number, LocalizedText summary, List<IncidentTypeDefinition> types, Quota quota) {
  public Clause {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(summary, "summary");
    types = List.copyOf(types);
  }
}
