package kefu.settlement;

import java.time.YearMonth;
import java.util.List;
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
}
