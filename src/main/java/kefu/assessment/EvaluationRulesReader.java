package kefu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code weeklyEvaluation}: its clause and the maximum of each of the four parts,
 * every one required and above zero.
 */
public final class EvaluationRulesReader implements PackSectionReader<EvaluationRules> {

  @Override
  public String key() {
    return "weeklyEvaluation";
  }

  @Override
  public Class<EvaluationRules> type() {
    return EvaluationRules.class;
  }

  @Override
  public EvaluationRules read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key(), true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly("clause", "maxima");
    String clause = SectionFields.clause(fields, pack);
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
