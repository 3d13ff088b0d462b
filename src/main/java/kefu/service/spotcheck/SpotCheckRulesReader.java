package kefu.service.spotcheck;

import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code spotChecks}: the clause it comes from (whose {@code quota} is the monthly
 * minimum per store), a sample of at least one callback, and an incident type the pack declares.
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
    fields.allowOnly("clause", "sampleSize", "incidentType");
    String clause = fields.text("clause", true);
    if (clause != null && !pack.hasClause(clause)) {
      fields.problem("clause", "names no clause of this pack: " + clause);
      clause = null;
    }
    Integer sampleSize = fields.integer("sampleSize", true, 1);
    String type = fields.code("incidentType", true);
    if (type != null && !pack.declaresType(type)) {
      fields.problem("incidentType", "names no incident type of this pack");
      type = null;
    }
    if (clause == null || sampleSize == null || type == null) {
      return null;
    }
    return new SpotCheckRules(clause, sampleSize, type);
  }
}
