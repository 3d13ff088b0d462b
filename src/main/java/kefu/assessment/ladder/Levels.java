package kefu.assessment.ladder;

import java.time.YearMonth;
import java.util.Map;
import kefu.shared.Money;
import org.springframework.modulith.NamedInterface;

/**
 * The promotion-ladder level each employee holds in a month and the level pay it carries, for the
 * pay to use in place of the base salary. Only employees whose store has a ladder pack in force in
 * the month appear; a level approved in one month holds from the next month's first day.
 */
@NamedInterface("levels")
public interface Levels {

  /** Level pay in force in {@code month}, by employee code. */
  Map<String, LevelPay> inForce(YearMonth month);

  /** One employee's level in a month, its monthly pay and the pack clause that sets it. */
  record LevelPay(
      String employeeCode,
      String level,
      Money monthlyPay,
      String packId,
      Integer packVersion,
      String clause) {}
}
