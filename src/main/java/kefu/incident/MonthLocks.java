package kefu.incident;

import java.time.YearMonth;

/**
 * Whether a month is closed for changes. The month close implements it, so the ledger can refuse
 * late changes without depending on the settlement module.
 */
public interface MonthLocks {
  boolean isLocked(YearMonth month);
}
