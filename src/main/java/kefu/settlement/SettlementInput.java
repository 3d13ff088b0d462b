package kefu.settlement;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kefu.incident.IncidentLedger.LedgerRow;
import kefu.organization.AssignmentPeriod;
import kefu.policy.Adoption;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Everything one month's close needs. {@code previousRemaining} holds, per employee, the remaining
 * points of the months before, most recent first (a null entry is a month without a remainder).
 * Incidents dated outside the month are ignored; corrections of closed months come as adjustments,
 * and what other modules charge, pay or score in the month ({@link MonthCharges}, {@link
 * MonthEarnings}, {@link MonthScores}) as contributions.
 */
record SettlementInput(
    YearMonth month,
    List<AssignmentPeriod> assignments,
    Map<String, Money> monthlyPay,
    List<Adoption> adoptions,
    List<LedgerRow> incidents,
    Map<String, List<Points>> previousRemaining,
    List<Adjustment> adjustments,
    Contributions contributed) {

  /** A month without contributions from other modules. */
  SettlementInput(
      YearMonth month,
      List<AssignmentPeriod> assignments,
      Map<String, Money> monthlyPay,
      List<Adoption> adoptions,
      List<LedgerRow> incidents,
      Map<String, List<Points>> previousRemaining,
      List<Adjustment> adjustments) {
    this(
        month,
        assignments,
        monthlyPay,
        adoptions,
        incidents,
        previousRemaining,
        adjustments,
        Contributions.NONE);
  }

  public SettlementInput {
    Objects.requireNonNull(month, "month");
    assignments = assignments == null ? List.of() : List.copyOf(assignments);
    monthlyPay = monthlyPay == null ? Map.of() : Map.copyOf(monthlyPay);
    adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    previousRemaining = previousRemaining == null ? Map.of() : Map.copyOf(previousRemaining);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    contributed = contributed == null ? Contributions.NONE : contributed;
  }

  /** The same month with other incidents (an appeal's correction settles it with and without). */
  SettlementInput withIncidents(List<LedgerRow> others) {
    return new SettlementInput(
        month,
        assignments,
        monthlyPay,
        adoptions,
        others,
        previousRemaining,
        adjustments,
        contributed);
  }

  /** The same month under other adoptions (a what-if run's draft in place of a version). */
  SettlementInput withAdoptions(List<Adoption> others) {
    return withAdoptions(others, contributed.earnings());
  }

  /** The same input with other adoptions and the earnings they give. */
  SettlementInput withAdoptions(List<Adoption> others, List<MonthEarning> earned) {
    return new SettlementInput(
        month,
        assignments,
        monthlyPay,
        others,
        incidents,
        previousRemaining,
        adjustments,
        new Contributions(contributed.charges(), earned, contributed.scores()));
  }
}
