package kefu.service.spotcheck;

/**
 * A pack's {@code spotChecks} section (doc 000 §1): how many callbacks one check samples, how many
 * complete checks each store needs a month, and the incident type a mismatch or missing recording
 * becomes.
 */
public record SpotCheckRules(
    String clause, int sampleSize, int requiredPerStoreMonth, String incidentType) {}
