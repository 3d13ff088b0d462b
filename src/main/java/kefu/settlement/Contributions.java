package kefu.settlement;

import java.util.List;

/**
 * What other modules add to a month beyond the incident ledger: charges deducted as lines, pay
 * earned, and scorecard results.
 */
record Contributions(
    List<MonthCharge> charges, List<MonthEarning> earnings, List<MonthScore> scores) {

  static final Contributions NONE = new Contributions(List.of(), List.of(), List.of());

  Contributions {
    charges = charges == null ? List.of() : List.copyOf(charges);
    earnings = earnings == null ? List.of() : List.copyOf(earnings);
    scores = scores == null ? List.of() : List.copyOf(scores);
  }
}
