package kefu.service.spotcheck;

/**
 * A pack's {@code spotChecks} section (doc 000 §1): the clause it comes from, how many callbacks
 * one check samples, and the incident type a mismatch or missing recording becomes. How many
 * complete checks each store needs a month is that clause's own {@code quota} ({@code atLeast}), so
 * the figure lives in one place.
 */
public record SpotCheckRules(String clause, int sampleSize, String incidentType) {}
