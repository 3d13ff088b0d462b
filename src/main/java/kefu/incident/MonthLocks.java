package kefu.incident;

import java.time.YearMonth;

/**
 * Whether a month is closed for changes. The month close implements it, so the ledger can refuse
 * late changes without depending on the settlement module.
 */
public interface MonthLocks {

  /**
   * Holds the month open for a change until the current transaction ends: publishing it waits for
   * the change to commit, and a change that comes after the publication sees it. Answers false when
   * the month is already published (closed). Only inside a transaction.
   */
  boolean holdOpen(YearMonth month);

  /** Whether the month is published, read without holding it (for what a page offers). */
  boolean isClosed(YearMonth month);
}
