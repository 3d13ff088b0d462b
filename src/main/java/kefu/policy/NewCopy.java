package kefu.policy;

/**
 * A copy of a pack to adjust: the source pack and version (null = its latest), and the id and title
 * of the new pack.
 */
public record NewCopy(String fromPackId, Integer fromVersion, String packId, LocalizedText title) {}
