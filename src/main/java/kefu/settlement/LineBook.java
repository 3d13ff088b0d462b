package kefu.settlement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kefu.policy.Cause;
import kefu.policy.MonthLines;
import kefu.policy.Positions;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Collects consequences into statement lines: one line per employee, pack version, clause, type,
 * role and note, citing every incident that contributed. Lines are kept per employee, so producing
 * one employee's statement touches only their own lines, however large the month.
 */
final class LineBook implements MonthLines {

  /** What one employee's lines group by. */
  private record Key(Cause source, String role, String note) {}

  private static final class Entry {
    // Unboxed and unsorted while the month is applied; sorted and distinct once, for the line.
    long[] incidentIds = new long[4];
    int incidentCount;
    Money fine = Money.ZERO;
    Points points = Points.ZERO;
    boolean appealPending;

    void cite(Collection<Long> ids) {
      if (incidentCount + ids.size() > incidentIds.length) {
        incidentIds =
            Arrays.copyOf(
                incidentIds, Math.max(incidentIds.length * 2, incidentCount + ids.size()));
      }
      for (Long id : ids) {
        incidentIds[incidentCount++] = id;
      }
    }

    /** The cited incidents in ascending order, each once. */
    List<Long> cited() {
      return Arrays.stream(incidentIds, 0, incidentCount).sorted().distinct().boxed().toList();
    }
  }

  private static final Comparator<Key> LINE_ORDER =
      Comparator.comparing((Key k) -> k.source().packId())
          .thenComparingInt(k -> k.source().packVersion())
          .thenComparing(k -> k.source().clause(), ClauseOrder.INSTANCE)
          .thenComparing(k -> k.source().type())
          .thenComparing(k -> !Positions.RESPONSIBLE.equals(k.role()))
          .thenComparing(Key::role)
          .thenComparing(Key::note);

  private final Map<String, Map<Key, Entry>> entries = new HashMap<>();
  private final Map<String, List<StatementLine>> extraLines = new HashMap<>();

  @Override
  public void add(
      String employeeCode,
      Cause source,
      String role,
      String note,
      Collection<Long> incidentIds,
      Money fine,
      Points points,
      boolean appealPending) {
    Entry entry =
        entries
            .computeIfAbsent(employeeCode, k -> new HashMap<>())
            .computeIfAbsent(new Key(source, role, Objects.requireNonNull(note)), k -> new Entry());
    entry.cite(incidentIds);
    entry.fine = entry.fine.plus(fine);
    entry.points = entry.points.plus(points);
    entry.appealPending |= appealPending;
  }

  /** A line kept apart from any grouping (a correction carried from an earlier month). */
  void addSeparately(String employeeCode, StatementLine line) {
    extraLines.computeIfAbsent(employeeCode, k -> new ArrayList<>()).add(line);
  }

  Set<String> employees() {
    Set<String> employees = new HashSet<>(extraLines.keySet());
    employees.addAll(entries.keySet());
    return employees;
  }

  List<StatementLine> linesOf(String employeeCode) {
    List<StatementLine> lines = new ArrayList<>();
    entries.getOrDefault(employeeCode, Map.of()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(LINE_ORDER))
        .forEach(
            e -> {
              Key key = e.getKey();
              Entry entry = e.getValue();
              lines.add(
                  new StatementLine(
                      key.source().packId(),
                      key.source().packVersion(),
                      key.source().clause(),
                      key.source().type(),
                      entry.cited(),
                      entry.fine,
                      entry.points,
                      key.note(),
                      entry.appealPending,
                      Money.ZERO));
            });
    extraLines.getOrDefault(employeeCode, List.of()).stream()
        .sorted(
            Comparator.comparing((StatementLine l) -> l.note())
                .thenComparing(l -> l.incidentIds().toString())
                .thenComparing(l -> l.fine().amount())
                .thenComparing(l -> l.points().value()))
        .forEach(lines::add);
    return lines;
  }
}
