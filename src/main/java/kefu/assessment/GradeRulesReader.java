package kefu.assessment;

import java.math.BigDecimal;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code annualGrades}: its clause, the EXCELLENT and FAIL shares in percent (each
 * at most 100, together at most 100) and the annual score from which the rest are GOOD.
 */
public final class GradeRulesReader extends MappingSectionReader<GradeRules> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public GradeRulesReader() {
    super(
        "annualGrades",
        GradeRules.class,
        "clause",
        "excellentTopPercent",
        "failBottomPercent",
        "goodFrom");
  }

  @Override
  protected GradeRules readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
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
