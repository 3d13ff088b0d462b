package kefu.settlement;

import java.time.YearMonth;
import java.util.List;
import kefu.policy.Adoption;
import org.springframework.modulith.NamedInterface;

/**
 * What another module adds to employees' pay in a month: base or level pay, allowances, commission
 * and rewards. A module declares a bean of this type; the close asks every one of them each time it
 * computes the month, shows each earning as a line of the statement citing its clause, sums them
 * into the statement's pay and takes the fines from it for the net.
 */
@NamedInterface("spi")
public interface MonthEarnings {

  /** The month's earnings, each citing the pack and clause behind it. */
  List<MonthEarning> of(YearMonth month);

  /**
   * The month's earnings as they would be with {@code adoptions} in force instead of the adopted
   * packs, for a what-if run. Earnings that follow no pack section answer as {@link
   * #of(YearMonth)}.
   */
  default List<MonthEarning> of(YearMonth month, List<Adoption> adoptions) {
    return of(month);
  }
}
