package kefu.assessment;

import java.math.BigDecimal;

/**
 * The {@code annualGrades} section of a pack (doc 004, SPEC §8.3): EXCELLENT for at most the top
 * {@code excellentTopPercent} of the staff, FAIL for at least the bottom {@code failBottomPercent},
 * the rest GOOD from {@code goodFrom}, else PASS.
 */
public record GradeRules(
    String clause,
    BigDecimal excellentTopPercent,
    BigDecimal failBottomPercent,
    BigDecimal goodFrom)
    implements AssessmentPacks.Cited {}
