package kefu.policy;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to adopt: a pack, its version (null = the latest), the first day it applies, and the stores
 * ({@code storeCodes} null = every store).
 */
public record NewAdoption(
    String packId, Integer version, LocalDate effectiveFrom, Set<String> storeCodes) {}
