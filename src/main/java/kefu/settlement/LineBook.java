package kefu.settlement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kefu.policy.Positions;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * Collects consequences into statement lines: one line per employee, pack version, clause, type,
 * role and note, citing every incident that contributed.
 */
final class LineBook {

  /** Where a consequence comes from, which is also what a line groups by. */
  record Source(String packId, Integer packVersion, String clause, String type) {}

  private record Key(String employeeCode, Source source, String role, String note) {}

  private static final class Entry {
    final TreeSet<Long> incidentIds = new TreeSet<>();
    Money fine = Money.ZERO;
    Points points = Points.ZERO;
    boolean appealPending;
  }

  private static final Comparator<String> NULLS_LAST =
      Comparator.nullsLast(Comparator.naturalOrder());

  private static final Comparator<Key> LINE_ORDER =
      Comparator.comparing((Key k) -> k.source().packId(), NULLS_LAST)
          .thenComparing(k -> k.source().packVersion(), Comparator.nullsLast(Integer::compare))
          .thenComparing(k -> k.source().clause(), Comparator.nullsLast(ClauseOrder.INSTANCE))
          .thenComparing(k -> k.source().type())
          .thenComparing(k -> !Positions.RESPONSIBLE.equals(k.role()))
          .thenComparing(Key::role)
          .thenComparing(Key::note);

  private final Map<Key, Entry> entries = new HashMap<>();
  private final Map<String, List<StatementLine>> extraLines = new HashMap<>();

  void add(
      String employeeCode,
      Source source,
      String role,
      String note,
      Collection<Long> incidentIds,
      Money fine,
      Points points,
      boolean appealPending) {
    Entry entry =
        entries.computeIfAbsent(
            new Key(employeeCode, source, role, Objects.requireNonNull(note)), k -> new Entry());
    entry.incidentIds.addAll(incidentIds);
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
    entries.keySet().forEach(k -> employees.add(k.employeeCode()));
    return employees;
  }

  List<StatementLine> linesOf(String employeeCode) {
    List<StatementLine> lines = new ArrayList<>();
    entries.entrySet().stream()
        .filter(e -> e.getKey().employeeCode().equals(employeeCode))
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
                      List.copyOf(entry.incidentIds),
                      entry.fine,
                      entry.points,
                      key.note(),
                      entry.appealPending));
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
