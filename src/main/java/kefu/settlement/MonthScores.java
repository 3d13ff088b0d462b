package kefu.settlement;

import java.time.YearMonth;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The month's scorecard results another module works out. The close puts each on the employee's
 * statement and ranks the scored statements within their store and within the group, highest first,
 * ties sharing a rank (1, 2, 2, 4).
 */
@NamedInterface("spi")
public interface MonthScores {

  /** At most one score per employee for the month. */
  List<MonthScore> of(YearMonth month);
}
