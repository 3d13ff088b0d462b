package kefu.service.spotcheck;

import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code spotChecks}: the clause it comes from, a sample of at least one callback,
 * the monthly minimum per store, and an incident type the pack declares.
 */
public final class SpotCheckRulesReader implements PackSectionReader<SpotCheckRules> {

  @Override
  public String key() {
    return "spotChecks";
  }

  @Override
  public Class<SpotCheckRules> type() {
    return SpotCheckRules.class;
  }

  @Override
  public SpotCheckRules read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key(), true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly("clause", "sampleSize", "requiredPerStoreMonth", "incidentType");
    String clause = fields.text("clause", true);
    if (clause != null && !pack.hasClause(clause)) {
      fields.problem("clause", "names no clause of this pack: " + clause);
      clause = null;
    }
    Integer sampleSize = fields.integer("sampleSize", true, 1);
    Integer required = fields.integer("requiredPerStoreMonth", true, 0);
    String type = fields.code("incidentType", true);
    if (type != null && !pack.declaresType(type)) {
      fields.problem("incidentType", "names no incident type of this pack");
      type = null;
    }
    if (clause == null || sampleSize == null || required == null || type == null) {
      return null;
    }
    return new SpotCheckRules(clause, sampleSize, required, type);
  }
}
