package kefu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code weeklyEvaluation}: its clause and the maximum of each of the four parts,
 * every one required and above zero.
 */
public final class EvaluationRulesReader extends MappingSectionReader<EvaluationRules> {

  public EvaluationRulesReader() {
    super("weeklyEvaluation", EvaluationRules.class, "clause", "maxima");
  }

  @Override
  protected EvaluationRules readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
    YamlFields maxima = fields.object("maxima", true);
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    if (maxima != null) {
      maxima.allowOnly(EvaluationRules.PARTS.toArray(String[]::new));
      for (String part : EvaluationRules.PARTS) {
        BigDecimal max = maxima.decimal(part, true, 1);
        if (max != null && max.signum() == 0) {
          maxima.problem(part, "must be above 0");
        } else if (max != null) {
          read.put(part, max);
        }
      }
    }
    if (clause == null || read.size() != EvaluationRules.PARTS.size()) {
      return null;
    }
    return new EvaluationRules(clause, read);
  }
}
