package kefu.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kefu.policy.Adoption;
import kefu.policy.PolicyPack;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * What a draft pack would change in a month: the totals of the selected stores before and after,
 * and every employee whose figures differ, largest change first. {@code replaces} is the version of
 * the pack the draft stands in for (the latest adopted for those stores by the month's end), null
 * when that pack is not in force there.
 */
public record Simulation(
    YearMonth month,
    String packId,
    Version replaces,
    Totals before,
    Totals after,
    List<Change> changes,
    Distribution distribution) {

  public Simulation {
    changes = List.copyOf(changes);
  }

  /** What the chart of the selection counts: remaining points, or fines where no scale applies. */
  public enum Measure {
    POINTS_REMAINING,
    FINE_TOTAL
  }

  /**
   * How many of the selected employees fall in each band of the measure, before and after: a band
   * per whole number of remaining points, or ten equal bands of fines from zero to the highest.
   */
  public record Distribution(
      Measure measure, List<String> labels, List<Integer> before, List<Integer> after) {
    private static final int FINE_BANDS = 10;

    public Distribution {
      labels = List.copyOf(labels);
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    static Distribution of(
        Collection<EmployeeStatement> before, Collection<EmployeeStatement> after) {
      boolean scaled =
          Stream.concat(before.stream(), after.stream()).anyMatch(s -> s.pointsRemaining() != null);
      Function<EmployeeStatement, BigDecimal> value =
          scaled
              ? s -> s.pointsRemaining() == null ? null : s.pointsRemaining().decimal()
              : s -> s.fineTotal().decimal();
      List<BigDecimal> all =
          Stream.concat(before.stream(), after.stream())
              .map(value)
              .filter(Objects::nonNull)
              .toList();
      if (all.isEmpty()) {
        return new Distribution(Measure.FINE_TOTAL, List.of(), List.of(), List.of());
      }
      BigDecimal low =
          scaled ? all.stream().min(BigDecimal::compareTo).orElseThrow() : BigDecimal.ZERO;
      BigDecimal high = all.stream().max(BigDecimal::compareTo).orElseThrow();
      BigDecimal width =
          scaled
              ? BigDecimal.ONE
              : high.divide(BigDecimal.valueOf(FINE_BANDS), 0, RoundingMode.CEILING)
                  .max(BigDecimal.ONE);
      BigDecimal start = low.setScale(0, RoundingMode.FLOOR);
      int bands = high.subtract(start).divide(width, 0, RoundingMode.FLOOR).intValue() + 1;
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < bands; i++) {
        BigDecimal from = start.add(width.multiply(BigDecimal.valueOf(i)));
        labels.add(
            scaled
                ? from.toPlainString()
                : from.toPlainString() + "–" + from.add(width).toPlainString());
      }
      return new Distribution(
          scaled ? Measure.POINTS_REMAINING : Measure.FINE_TOTAL,
          labels,
          counts(before, value, start, width, bands),
          counts(after, value, start, width, bands));
    }

    private static List<Integer> counts(
        Collection<EmployeeStatement> statements,
        Function<EmployeeStatement, BigDecimal> value,
        BigDecimal start,
        BigDecimal width,
        int bands) {
      int[] counts = new int[bands];
      for (EmployeeStatement s : statements) {
        BigDecimal v = value.apply(s);
        if (v != null) {
          int band = v.subtract(start).divide(width, 0, RoundingMode.FLOOR).intValue();
          counts[Math.min(band, bands - 1)]++;
        }
      }
      return Arrays.stream(counts).boxed().toList();
    }
  }

  /** A stored version of a pack. */
  public record Version(String packId, int version) {}

  /**
   * One employee's figures as a statement shows them; {@code score} and {@code netPay} are null
   * where the statement carries none (no scorecard result, no earnings).
   */
  public record Figures(
      Money fineTotal,
      Points pointsDeducted,
      Points pointsRemaining,
      List<String> flags,
      BigDecimal score,
      Money netPay) {
    static final Figures NONE = new Figures(Money.ZERO, Points.ZERO, null, List.of(), null, null);

    public Figures {
      flags = List.copyOf(flags);
    }

    static Figures of(EmployeeStatement s) {
      return s == null
          ? NONE
          : new Figures(
              s.fineTotal(),
              s.pointsDeducted(),
              s.pointsRemaining(),
              s.flags(),
              s.score(),
              s.pay() == null ? null : s.pay().net());
    }
  }

  /** An employee whose figures differ between the adopted month and the simulated one. */
  public record Change(String employeeCode, String storeCode, Figures before, Figures after) {
    public Money fineChange() {
      return after.fineTotal().plus(before.fineTotal().times(-1));
    }

    /** How much the net pay moves, null when neither statement carries pay. */
    public Money netPayChange() {
      if (before.netPay() == null && after.netPay() == null) {
        return null;
      }
      Money was = before.netPay() == null ? Money.ZERO : before.netPay();
      Money is = after.netPay() == null ? Money.ZERO : after.netPay();
      return is.minus(was);
    }

    public Points pointsChange() {
      return after.pointsDeducted().minus(before.pointsDeducted());
    }
  }

  /**
   * The selection's totals: fines, points deducted, how many employees carry a flag, and the net
   * pay of the statements that carry pay (null when none does).
   */
  public record Totals(Money fineTotal, Points pointsDeducted, int flagged, Money netPay) {
    static Totals of(List<EmployeeStatement> statements) {
      Money fines = Money.ZERO;
      Points points = Points.ZERO;
      int flagged = 0;
      Money net = null;
      for (EmployeeStatement s : statements) {
        fines = fines.plus(s.fineTotal());
        points = points.plus(s.pointsDeducted());
        flagged += s.flags().isEmpty() ? 0 : 1;
        if (s.pay() != null) {
          net = net == null ? s.pay().net() : net.plus(s.pay().net());
        }
      }
      return new Totals(fines, points, flagged, net);
    }
  }

  /** Largest fine change first, then largest points change, then by employee. */
  static final Comparator<Change> LARGEST_FIRST =
      Comparator.comparing((Change c) -> c.fineChange().decimal().abs())
          .reversed()
          .thenComparing(
              Comparator.comparing((Change c) -> c.pointsChange().decimal().abs()).reversed())
          .thenComparing(Change::employeeCode);

  /**
   * The adoptions with {@code draft} in place of every adopted version of its pack; each keeps its
   * date and stores, so the draft is in force exactly where and when the versions it replaces were.
   */
  static List<Adoption> withDraft(List<Adoption> adopted, PolicyPack draft) {
    return adopted.stream()
        .map(
            a ->
                a.pack().id().equals(draft.id())
                    ? new Adoption(draft, a.effectiveFrom(), a.storeCodes())
                    : a)
        .toList();
  }

  /** Compares the two settlements of {@code month} for the employees of the selected stores. */
  static Simulation compare(
      YearMonth month,
      PolicyPack draft,
      MonthClose.SettledTwice settled,
      Predicate<String> selectedStore) {
    Map<String, EmployeeStatement> before = selected(settled.before(), selectedStore);
    Map<String, EmployeeStatement> after = selected(settled.after(), selectedStore);
    List<Change> changes = new ArrayList<>();
    for (String employee : union(before, after)) {
      Figures was = Figures.of(before.get(employee));
      Figures is = Figures.of(after.get(employee));
      if (!was.equals(is)) {
        EmployeeStatement any =
            Objects.requireNonNullElse(after.get(employee), before.get(employee));
        changes.add(new Change(employee, any.storeCode(), was, is));
      }
    }
    changes.sort(LARGEST_FIRST);
    return new Simulation(
        month,
        draft.id(),
        replaced(settled.adopted(), draft.id(), month, selectedStore),
        Totals.of(List.copyOf(before.values())),
        Totals.of(List.copyOf(after.values())),
        changes,
        Distribution.of(before.values(), after.values()));
  }

  private static Map<String, EmployeeStatement> selected(
      List<EmployeeStatement> statements, Predicate<String> selectedStore) {
    return statements.stream()
        .filter(s -> selectedStore.test(s.storeCode()))
        .collect(
            Collectors.toMap(
                EmployeeStatement::employeeCode, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Version replaced(
      List<Adoption> adopted, String packId, YearMonth month, Predicate<String> selectedStore) {
    return adopted.stream()
        .filter(a -> a.pack().id().equals(packId))
        .filter(a -> !a.effectiveFrom().isAfter(month.atEndOfMonth()))
        .filter(a -> a.storeCodes() == null || a.storeCodes().stream().anyMatch(selectedStore))
        .max(Comparator.comparing(Adoption::effectiveFrom))
        .map(a -> new Version(packId, a.pack().version()))
        .orElse(null);
  }
}
