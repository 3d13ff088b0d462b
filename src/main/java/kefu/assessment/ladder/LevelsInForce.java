package kefu.assessment.ladder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kefu.assessment.ladder.Ladder.LevelOn;
import kefu.assessment.ladder.LadderPack.InForce;
import kefu.assessment.ladder.LadderTerms.Step;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level pay of a month: for everyone whose last post in the month is on a ladder in force at
 * that store on the month's last day, the level they hold then (approved changes hold from their
 * first day; before any, the level their pay history records) and that level's monthly pay. Three
 * queries for any number of employees.
 */
@Component
class LevelsInForce implements Levels {

  private final Assignments assignments;
  private final LadderPack packs;
  private final Ladder ladder;

  LevelsInForce(Assignments assignments, LadderPack packs, Ladder ladder) {
    this.assignments = assignments;
    this.packs = packs;
    this.ladder = ladder;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, LevelPay> inForce(YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    Map<String, AssignmentPeriod> last = new LinkedHashMap<>();
    for (AssignmentPeriod p : assignments.settledIn(month)) {
      last.put(p.employeeCode(), p);
    }
    LadderPack.Lookup lookup = packs.lookup();
    Map<String, InForce> ladders = new HashMap<>();
    last.forEach(
        (code, p) ->
            lookup.forPost(p.storeCode(), p.position(), end).ifPresent(l -> ladders.put(code, l)));
    Map<String, LevelPay> pay = new HashMap<>();
    if (ladders.isEmpty()) {
      return pay;
    }
    Map<String, LevelOn> levels =
        ladder.levelsOn(ladders.keySet(), end, assignments.tenures(ladders.keySet(), end));
    ladders.forEach(
        (code, l) -> {
          LevelOn level = levels.get(code);
          Step step =
              level == null ? l.terms().first() : l.terms().step(level.level()).orElse(null);
          if (step != null) {
            pay.put(
                code,
                new LevelPay(
                    code,
                    step.level().name(),
                    step.monthlyPay(),
                    l.packId(),
                    l.packVersion(),
                    l.terms().payClause()));
          }
        });
    return pay;
  }
}
