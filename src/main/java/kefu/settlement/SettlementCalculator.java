package kefu.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kefu.incident.IncidentLedger.LedgerRow;
import kefu.organization.AssignmentPeriod;
import kefu.policy.Adoptions;
import kefu.policy.MonthEvaluation;
import kefu.policy.Occurrence;
import kefu.policy.PointsScale;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Computes a month's statements from its facts. Pure and deterministic: the same input, in any
 * order, gives the same statements, sorted by employee code.
 */
final class SettlementCalculator {

  public List<EmployeeStatement> settle(SettlementInput in) {
    return new Close(in).statements();
  }

  /** One month's close in progress. */
  private static final class Close {
    private final SettlementInput in;
    private final YearMonth month;
    private final AssignmentIndex roster;
    private final Adoptions adoptions;
    private final LineBook book = new LineBook();
    private final MonthEvaluation evaluation;
    private final Map<String, List<MonthEarning>> earnings;
    private final Map<String, MonthScore> scores = new HashMap<>();

    Close(SettlementInput in) {
      this.in = in;
      this.month = in.month();
      this.roster = new AssignmentIndex(in.assignments());
      this.adoptions = new Adoptions(in.adoptions());
      this.earnings =
          in.contributed().earnings().stream()
              .collect(Collectors.groupingBy(MonthEarning::employeeCode));
      in.contributed().scores().forEach(sc -> scores.put(sc.employeeCode(), sc));
      this.evaluation = new MonthEvaluation(roster, this::payBeforeFines, book);
    }

    /** What a share of the month's pay is taken of: the earnings when any, else the base pay. */
    private Money payBeforeFines(String employee) {
      List<MonthEarning> earned = earnings.get(employee);
      return earned == null ? in.monthlyPay().get(employee) : Pay.beforeFines(earned);
    }

    List<EmployeeStatement> statements() {
      in.incidents().stream()
          .filter(i -> YearMonth.from(i.occurredOn()).equals(month))
          .sorted(Occurrence.IN_TIME_ORDER)
          .forEach(this::apply);
      evaluation.finish();
      in.adjustments().forEach(this::carry);
      in.contributed().charges().forEach(c -> book.addSeparately(c.employeeCode(), c.line()));
      in.contributed().earnings().stream()
          .filter(e -> e.part() == PayPart.REWARD)
          .forEach(e -> book.addSeparately(e.employeeCode(), e.line()));

      TreeSet<String> employees = new TreeSet<>(roster.employeesIn(month));
      employees.addAll(book.employees());
      return Ranking.ranked(employees.stream().map(this::statement).toList());
    }

    private void apply(LedgerRow incident) {
      adoptions
          .governing(incident.type(), incident.storeCode(), incident.occurredOn())
          // none: dated before every adoption that knows the type, so no consequence
          .ifPresent(adoption -> evaluation.apply(adoption.pack(), incident));
    }

    private void carry(Adjustment adjustment) {
      String note = StatementLine.correctionNote(adjustment.citesMonth(), adjustment.note());
      book.addSeparately(
          adjustment.employeeCode(),
          new StatementLine(
              null,
              null,
              null,
              StatementLine.ADJUSTMENT,
              adjustment.incidentIds().stream().sorted().toList(),
              adjustment.fine(),
              adjustment.points(),
              note,
              false,
              Money.ZERO));
    }

    private EmployeeStatement statement(String employee) {
      List<StatementLine> lines = book.linesOf(employee);
      Money fineTotal = Money.ZERO;
      Points deducted = Points.ZERO;
      for (StatementLine line : lines) {
        fineTotal = fineTotal.plus(line.fine());
        deducted = deducted.plus(line.points());
      }
      Optional<AssignmentPeriod> filedUnder = roster.statementAssignment(employee, month);
      Optional<PointsScale> scale =
          filedUnder.flatMap(a -> adoptions.scaleFor(a.storeCode(), a.position(), month));
      Points remaining = null;
      List<String> flags = new ArrayList<>();
      if (scale.isPresent()) {
        remaining = scale.get().remaining(deducted);
        flags.addAll(
            scale.get().flags(remaining, in.previousRemaining().getOrDefault(employee, List.of())));
      }
      MonthScore score = scores.get(employee);
      return new EmployeeStatement(
          employee,
          filedUnder.map(AssignmentPeriod::storeCode).orElse(null),
          fineTotal,
          deducted,
          remaining,
          flags,
          lines,
          score == null ? null : score.score(),
          score == null ? List.of() : score.flags(),
          null,
          null,
          Pay.of(earnings.getOrDefault(employee, List.of()), fineTotal));
    }
  }
}
