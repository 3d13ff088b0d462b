package kefu.settlement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import kefu.policy.Adoption;
import kefu.policy.Adoptions;
import kefu.policy.Charge;
import kefu.policy.CollectiveFine;
import kefu.policy.ConvertedPoints;
import kefu.policy.CountTierPoints;
import kefu.policy.DiscretionaryPoints;
import kefu.policy.FinePerUnit;
import kefu.policy.FreeAllowance;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.Note;
import kefu.policy.Occurrence;
import kefu.policy.PointsPerUnit;
import kefu.policy.PointsScale;
import kefu.policy.Positions;
import kefu.policy.RecordOnly;
import kefu.policy.Rule;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Computes a month's statements from its facts. Pure and deterministic: the same input, in any
 * order, gives the same statements, sorted by employee code.
 */
public final class SettlementCalculator {

  private static final Comparator<IncidentFact> IN_TIME_ORDER =
      Comparator.comparing(IncidentFact::occurredOn).thenComparingLong(IncidentFact::id);

  public List<EmployeeStatement> settle(SettlementInput in) {
    return new Close(in).statements();
  }

  /** One month's close in progress. */
  private static final class Close {
    private final SettlementInput in;
    private final YearMonth month;
    private final Roster roster;
    private final Adoptions adoptions;
    private final LineBook book = new LineBook();
    // Incidents whose points depend on the rest of the month, keyed so that each pack version
    // counts its own: the free-allowance pools and the count tiers.
    private final Map<String, Pool> pools = new TreeMap<>();
    private final Map<String, Tally> tallies = new TreeMap<>();

    Close(SettlementInput in) {
      this.in = in;
      this.month = in.month();
      this.roster = new Roster(in.assignments());
      this.adoptions = new Adoptions(in.adoptions());
    }

    List<EmployeeStatement> statements() {
      in.incidents().stream()
          .filter(i -> YearMonth.from(i.occurredOn()).equals(month))
          .sorted(IN_TIME_ORDER)
          .forEach(this::apply);
      pools.values().forEach(this::settlePool);
      tallies.values().forEach(this::settleTally);
      in.adjustments().forEach(this::carry);

      TreeSet<String> employees = new TreeSet<>(roster.employeesIn(month));
      employees.addAll(book.employees());
      return employees.stream().map(this::statement).toList();
    }

    private void apply(IncidentFact incident) {
      Optional<Adoption> governing =
          adoptions.governing(incident.type(), incident.storeCode(), incident.occurredOn());
      if (governing.isEmpty()) {
        return; // dated before every adoption that knows the type: no consequence
      }
      Adoption adoption = governing.get();
      IncidentTypeDefinition type = adoption.pack().type(incident.type()).orElseThrow();
      LineBook.Source source =
          new LineBook.Source(
              adoption.pack().id(), adoption.pack().version(), type.clause(), type.code());
      Rule rule = type.rule();
      Occurrence occurrence =
          new Occurrence(
              incident.storeCode(),
              incident.employeeCode(),
              incident.occurredOn(),
              incident.quantity());
      String employee = incident.employeeCode();

      if (rule instanceof FinePerUnit fine) {
        fine.charges(occurrence, roster).forEach(c -> charge(source, incident, c));
      } else if (rule instanceof CollectiveFine collective) {
        collective
            .charges(occurrence, roster, code -> in.monthlyPay().get(code))
            .forEach(c -> charge(source, incident, c));
      } else if (employee == null) {
        return; // points and records need a person; the ledger refuses such incidents
      } else if (rule instanceof RecordOnly) {
        points(employee, source, Note.of("recordOnly"), incident, Points.ZERO);
      } else if (rule instanceof PointsPerUnit perUnit) {
        points(employee, source, "", incident, perUnit.points(incident.quantity()));
      } else if (rule instanceof DiscretionaryPoints range) {
        if (range.accepts(incident.points())) {
          points(
              employee, source, "", incident, range.points(incident.points(), incident.quantity()));
        } else {
          points(employee, source, Note.of("pointsOutOfRange"), incident, Points.ZERO);
        }
      } else if (rule instanceof ConvertedPoints conversion) {
        if (conversion.converts(incident.minutes())) {
          PointsPerUnit target = perUnitRule(adoption, conversion.countsAs());
          String note = Note.of("converted", conversion.minutesOver(), conversion.countsAs());
          points(employee, source, note, incident, target.points(incident.quantity()));
        } else {
          points(employee, source, "", incident, conversion.points(incident.quantity()));
        }
      } else if (rule instanceof FreeAllowance allowance) {
        String key = employee + "|" + adoption.pack().id() + "|" + adoption.pack().version();
        pools
            .computeIfAbsent(
                key + "|" + allowance.allowance(), k -> new Pool(employee, adoption, allowance))
            .incidents
            .add(new Counted(incident, source));
      } else if (rule instanceof CountTierPoints tiers) {
        String key =
            employee + "|" + source.packId() + "|" + source.packVersion() + "|" + source.type();
        tallies
            .computeIfAbsent(key, k -> new Tally(employee, source, tiers))
            .incidents
            .add(incident);
      }
    }

    private static PointsPerUnit perUnitRule(Adoption adoption, String typeCode) {
      // The parser guarantees that a type counted as another has a POINTS_PER_UNIT rule.
      return (PointsPerUnit) adoption.pack().type(typeCode).orElseThrow().rule();
    }

    private void charge(LineBook.Source source, IncidentFact incident, Charge charge) {
      book.add(
          charge.employeeCode(),
          source,
          charge.role(),
          charge.note(),
          List.of(incident.id()),
          charge.fine(),
          Points.ZERO,
          incident.appealPending());
    }

    private void points(
        String employee, LineBook.Source source, String note, IncidentFact incident, Points p) {
      book.add(
          employee,
          source,
          Positions.RESPONSIBLE,
          note,
          List.of(incident.id()),
          Money.ZERO,
          p,
          incident.appealPending());
    }

    /** Units of a free pool are used in time order; those beyond it count as another type. */
    private void settlePool(Pool pool) {
      PointsPerUnit beyondRule = perUnitRule(pool.adoption, pool.allowance.beyondCountsAs());
      String freeNote = Note.of("freeAllowance", pool.allowance.free(), pool.allowance.allowance());
      String beyondNote =
          Note.of(
              "beyondAllowance",
              pool.allowance.free(),
              pool.allowance.allowance(),
              pool.allowance.beyondCountsAs());
      int used = 0;
      pool.incidents.sort(Comparator.comparing(Counted::incident, IN_TIME_ORDER));
      for (Counted counted : pool.incidents) {
        IncidentFact incident = counted.incident();
        int beyond = pool.allowance.beyond(used, incident.quantity());
        int free = incident.quantity() - beyond;
        used += incident.quantity();
        if (free > 0) {
          points(pool.employee, counted.source(), freeNote, incident, Points.ZERO);
        }
        if (beyond > 0) {
          points(pool.employee, counted.source(), beyondNote, incident, beyondRule.points(beyond));
        }
      }
    }

    private void settleTally(Tally tally) {
      int count = tally.incidents.stream().mapToInt(IncidentFact::quantity).sum();
      book.add(
          tally.employee,
          tally.source,
          Positions.RESPONSIBLE,
          Note.of("monthCount", count),
          tally.incidents.stream().map(IncidentFact::id).toList(),
          Money.ZERO,
          tally.rule.monthPoints(count),
          tally.incidents.stream().anyMatch(IncidentFact::appealPending));
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
              false));
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
      return new EmployeeStatement(
          employee,
          filedUnder.map(AssignmentPeriod::storeCode).orElse(null),
          fineTotal,
          deducted,
          remaining,
          flags,
          lines);
    }
  }

  private record Counted(IncidentFact incident, LineBook.Source source) {}

  private static final class Pool {
    final String employee;
    final Adoption adoption;
    final FreeAllowance allowance;
    final List<Counted> incidents = new ArrayList<>();

    Pool(String employee, Adoption adoption, FreeAllowance allowance) {
      this.employee = employee;
      this.adoption = adoption;
      this.allowance = allowance;
    }
  }

  private static final class Tally {
    final String employee;
    final LineBook.Source source;
    final CountTierPoints rule;
    final List<IncidentFact> incidents = new ArrayList<>();

    Tally(String employee, LineBook.Source source, CountTierPoints rule) {
      this.employee = employee;
      this.source = source;
      this.rule = rule;
    }
  }
}
