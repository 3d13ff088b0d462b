package kefu.service.spotcheck;

import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code spotChecks}: the clause it comes from (whose {@code quota} is the monthly
 * minimum per store), a sample of at least one callback, and an incident type the pack declares.
 */
public final class SpotCheckRulesReader extends MappingSectionReader<SpotCheckRules> {

  public SpotCheckRulesReader() {
    super("spotChecks", SpotCheckRules.class, "clause", "sampleSize", "incidentType");
  }

  @Override
  protected SpotCheckRules readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
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
