package kefu.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ranks the scored statements of a month by score, highest first, within their store and within the
 * group. Equal scores share a rank and the next rank skips as many places (1, 2, 2, 4). Statements
 * without a score are not ranked.
 */
final class Ranking {

  private Ranking() {}

  static List<EmployeeStatement> ranked(List<EmployeeStatement> statements) {
    List<EmployeeStatement> scored = statements.stream().filter(s -> s.score() != null).toList();
    if (scored.isEmpty()) {
      return statements;
    }
    Map<String, Integer> inGroup = ranks(scored, s -> "");
    Map<String, Integer> inStore = ranks(scored, s -> Objects.toString(s.storeCode(), ""));
    List<EmployeeStatement> out = new ArrayList<>(statements.size());
    for (EmployeeStatement s : statements) {
      out.add(
          s.score() == null
              ? s
              : s.ranked(inStore.get(s.employeeCode()), inGroup.get(s.employeeCode())));
    }
    return out;
  }

  /** Each scored employee's rank: one more than the scores above theirs in their group. */
  private static Map<String, Integer> ranks(
      List<EmployeeStatement> scored, Function<EmployeeStatement, String> groupOf) {
    Map<String, List<BigDecimal>> scoresByGroup = new HashMap<>();
    scored.forEach(
        s ->
            scoresByGroup.computeIfAbsent(groupOf.apply(s), g -> new ArrayList<>()).add(s.score()));
    scoresByGroup.values().forEach(l -> l.sort(Comparator.reverseOrder()));
    Map<String, Integer> ranks = new HashMap<>();
    for (EmployeeStatement s : scored) {
      ranks.put(s.employeeCode(), higherThan(scoresByGroup.get(groupOf.apply(s)), s.score()) + 1);
    }
    return ranks;
  }

  /** How many of {@code descending} are above {@code score}: the first index not above it. */
  private static int higherThan(List<BigDecimal> descending, BigDecimal score) {
    int low = 0;
    int high = descending.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (descending.get(mid).compareTo(score) > 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
