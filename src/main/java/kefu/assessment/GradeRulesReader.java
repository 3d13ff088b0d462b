package kefu.assessment;

import java.math.BigDecimal;
import kefu.policy.PackOutline;
import kefu.policy.PackSectionReader;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code annualGrades}: its clause, the EXCELLENT and FAIL shares in percent (each
 * at most 100, together at most 100) and the annual score from which the rest are GOOD.
 */
public final class GradeRulesReader implements PackSectionReader<GradeRules> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String key() {
    return "annualGrades";
  }

  @Override
  public Class<GradeRules> type() {
    return GradeRules.class;
  }

  @Override
  public GradeRules read(YamlFields top, PackOutline pack) {
    YamlFields fields = top.object(key(), true);
    if (fields == null) {
      return null;
    }
    fields.allowOnly("clause", "excellentTopPercent", "failBottomPercent", "goodFrom");
    String clause = SectionFields.clause(fields, pack);
    BigDecimal excellent = percent(fields, "excellentTopPercent");
    BigDecimal fail = percent(fields, "failBottomPercent");
    BigDecimal good = fields.decimal("goodFrom", true, 1);
    if (excellent != null && fail != null && excellent.add(fail).compareTo(HUNDRED) > 0) {
      fields.problem("failBottomPercent", "the two shares together must not pass 100");
      fail = null;
    }
    if (clause == null || excellent == null || fail == null || good == null) {
      return null;
    }
    return new GradeRules(clause, excellent, fail, good);
  }

  private static BigDecimal percent(YamlFields fields, String key) {
    BigDecimal value = fields.decimal(key, true, 1);
    if (value != null && value.compareTo(HUNDRED) > 0) {
      fields.problem(key, "must be at most 100");
      return null;
    }
    return value;
  }
}
