package kefu.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One month's consequences under the adopted packs: each incident goes to the rule of its type in
 * the governing pack, which charges it at once or keeps it for the month's end; {@link #finish()}
 * settles what depends on the whole month. Every consequence goes to {@link MonthLines}.
 */
public final class MonthEvaluation {
  private final AssignmentLookup lookup;
  private final Function<String, Money> monthlyPay;
  private final MonthLines lines;
  // Sorted so the month settles in the same order whatever order the incidents came in.
  private final Map<TallyKey, MonthTally> tallies = new TreeMap<>();

  /**
   * @param monthlyPay answers an employee's monthly pay, or null when it is unknown
   */
  public MonthEvaluation(
      AssignmentLookup lookup, Function<String, Money> monthlyPay, MonthLines lines) {
    this.lookup = lookup;
    this.monthlyPay = monthlyPay;
    this.lines = lines;
  }

  /**
   * Applies the rule {@code pack} gives the incident's type; incidents come in {@link
   * Occurrence#IN_TIME_ORDER}.
   */
  public void apply(PolicyPack pack, Occurrence incident) {
    IncidentTypeDefinition type = pack.type(incident.type()).orElseThrow();
    Cause cause = new Cause(pack.id(), pack.version(), type.clause(), type.code());
    type.rule().evaluate(incident, cause, pack, this);
  }

  /** Settles the month-level rules; call once, after the month's last incident. */
  public void finish() {
    tallies.values().forEach(tally -> tally.settle(this));
    tallies.clear();
  }

  AssignmentLookup lookup() {
    return lookup;
  }

  Money monthlyPay(String employeeCode) {
    return monthlyPay.apply(employeeCode);
  }

  /**
   * The tally {@code kind} keeps of {@code subject} for the incident's own employee under the pack
   * version of {@code cause}, made for that employee on first use. An incident naming nobody has
   * none: a tally belongs to a person, and the ledger refuses such incidents for these rules.
   */
  @SuppressWarnings("unchecked") // one kind makes every tally under its keys
  <T extends MonthTally> Optional<T> employeeTally(
      RuleKind kind, String subject, Occurrence incident, Cause cause, Function<String, T> make) {
    String employee = incident.employeeCode();
    if (employee == null) {
      return Optional.empty();
    }
    return Optional.of(
        (T)
            tallies.computeIfAbsent(
                TallyKey.of(kind, employee, cause, subject), k -> make.apply(employee)));
  }

  void charge(Cause cause, Occurrence incident, Charge charge) {
    lines.add(
        charge.employeeCode(),
        cause,
        charge.role(),
        charge.note(),
        List.of(incident.id()),
        charge.fine(),
        Points.ZERO,
        incident.appealPending());
  }

  /**
   * Points off the incident's own employee. An incident naming nobody costs no points: the ledger
   * refuses those for rules that need a person.
   */
  void deduct(Cause cause, Occurrence incident, String note, Points points) {
    if (incident.employeeCode() != null) {
      deduct(
          incident.employeeCode(),
          cause,
          note,
          List.of(incident.id()),
          points,
          incident.appealPending());
    }
  }

  void deduct(
      String employeeCode,
      Cause cause,
      String note,
      List<Long> incidentIds,
      Points points,
      boolean appealPending) {
    lines.add(
        employeeCode,
        cause,
        Positions.RESPONSIBLE,
        note,
        incidentIds,
        Money.ZERO,
        points,
        appealPending);
  }
}
