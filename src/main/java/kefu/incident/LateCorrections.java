package kefu.incident;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Where an appeal granted after its month was published was carried. The month close implements it
 * (it records the correction), so the incident page can point to it without the ledger depending on
 * the settlement module.
 */
public interface LateCorrections {

  /** What became of a late granted appeal on the incident, once the month close has handled it. */
  Optional<Carried> of(long incidentId);

  /**
   * The correction of {@code citesMonth}: the open month it went into, or none when the incident
   * had changed nothing in the published figures; {@code intoComputed} says that month has a
   * computed settlement to show it in.
   */
  record Carried(YearMonth citesMonth, Optional<YearMonth> intoMonth, boolean intoComputed) {}
}
