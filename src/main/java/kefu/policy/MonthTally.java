package kefu.policy;

/**
 * Incidents whose consequence depends on the rest of the month (a free-allowance pool, a count with
 * tiers): collected while the month is applied, settled once at its end.
 */
interface MonthTally {
  void settle(MonthEvaluation month);
}
