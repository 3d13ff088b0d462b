package kefu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kefu.organization.AssignmentPeriod;
import kefu.settlement.MonthScore;
import kefu.settlement.MonthScores;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each employee's score of the month for the statements (SPEC §8.3): the scorecard's total where
 * the store has a scorecard pack in force, else the mean of the month's weekly evaluations, else
 * the card entered for them under the built-in scorecard; with the card's flags. An incomplete card
 * gives no score, and the note says which criteria are missing.
 */
@Component
@Transactional(readOnly = true)
class AssessmentMonthScores implements MonthScores {

  private final Scorecards scorecards;
  private final AssessmentStore store;
  private final AssessmentPacks packs;
  private final AssessmentPeople people;

  AssessmentMonthScores(
      Scorecards scorecards,
      AssessmentStore store,
      AssessmentPacks packs,
      AssessmentPeople people) {
    this.scorecards = scorecards;
    this.store = store;
    this.packs = packs;
    this.people = people;
  }

  @Override
  public List<MonthScore> of(YearMonth month) {
    Map<String, AssignmentPeriod> posts = people.lastPosts(month);
    Set<String> cardStores = new LinkedHashSet<>();
    new TreeMap<>(group(posts))
        .keySet()
        .forEach(
            s -> {
              if (packs.inForce(ScorecardRules.class, s, month.atEndOfMonth()).isPresent()) {
                cardStores.add(s);
              }
            });
    Map<String, MonthScore> scores = new LinkedHashMap<>();
    if (!cardStores.isEmpty()) {
      scorecards.cards(month, cardStores, true).forEach(c -> scores.put(c.employeeCode(), of(c)));
    }
    Map<String, List<AssessmentStore.StoredEvaluation>> weeks = new TreeMap<>();
    store
        .evaluations(month)
        .forEach(e -> weeks.computeIfAbsent(e.employeeCode(), k -> new ArrayList<>()).add(e));
    weeks.forEach(
        (code, list) -> {
          if (posts.containsKey(code) && !scores.containsKey(code)) {
            scores.put(code, mean(code, list));
          }
        });
    Set<String> entered = new LinkedHashSet<>();
    for (String code : store.employeesWithEntries(month)) {
      if (posts.containsKey(code) && !scores.containsKey(code)) {
        entered.add(code);
      }
    }
    if (!entered.isEmpty()) {
      Set<String> stores = new LinkedHashSet<>();
      entered.forEach(code -> stores.add(posts.get(code).storeCode()));
      scorecards.cards(month, stores, true).stream()
          .filter(c -> entered.contains(c.employeeCode()))
          .forEach(c -> scores.put(c.employeeCode(), of(c)));
    }
    return scores.values().stream().sorted(Comparator.comparing(MonthScore::employeeCode)).toList();
  }

  private static Map<String, List<String>> group(Map<String, AssignmentPeriod> posts) {
    Map<String, List<String>> byStore = new LinkedHashMap<>();
    posts
        .values()
        .forEach(
            p ->
                byStore
                    .computeIfAbsent(p.storeCode(), k -> new ArrayList<>())
                    .add(p.employeeCode()));
    return byStore;
  }

  private static MonthScore of(Scorecards.Card c) {
    String note =
        c.complete()
            ? null
            : "scorecard incomplete: "
                + String.join(
                    ", ",
                    c.criteria().stream()
                        .filter(l -> l.score() == null)
                        .map(Scorecard.Line::code)
                        .toList());
    return new MonthScore(
        c.employeeCode(), c.total(), c.flags(), c.packId(), c.packVersion(), c.clause(), note);
  }

  private static MonthScore mean(String code, List<AssessmentStore.StoredEvaluation> weeks) {
    AssessmentStore.StoredEvaluation last = weeks.get(weeks.size() - 1);
    BigDecimal mean =
        MonthlyEvaluation.mean(
            weeks.stream().map(AssessmentStore.StoredEvaluation::total).toList());
    return new MonthScore(
        code,
        mean,
        List.of(),
        last.packId(),
        last.packVersion(),
        last.clause(),
        "mean of " + weeks.size() + " weekly evaluations");
  }
}
