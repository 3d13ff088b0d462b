package kefu.settlement;

import java.time.YearMonth;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What another module charges employees in a month outside the incident ledger (a uniform lost by
 * one's own fault), for the month close to deduct as lines of the statements. A module declares a
 * bean of this type; the close asks every one of them each time it computes the month.
 */
@NamedInterface("spi")
public interface MonthCharges {

  /** The month's charges, each citing the pack and clause behind it. */
  List<MonthCharge> of(YearMonth month);
}
