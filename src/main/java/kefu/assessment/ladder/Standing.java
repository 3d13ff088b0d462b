package kefu.assessment.ladder;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One employee's result in a published month: the score (null when the card was incomplete) and the
 * ranks it earned in the store and the group (null without a score).
 */
public record Standing(
    YearMonth month,
    String employeeCode,
    String storeCode,
    BigDecimal score,
    Integer rankInStore,
    Integer rankInGroup) {}
