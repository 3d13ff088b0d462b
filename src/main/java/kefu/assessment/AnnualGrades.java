package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.settlement.MonthScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual grades of doc 004 (SPEC §8.3): the annual score is the mean of the year's monthly
 * scores, graded with the forced distribution of the pack in force at the employee's store at the
 * year's end (the built-in one by default), each pack's staff as one population. Group CS computes
 * them and may override one with a reason, never breaking the distribution (409).
 */
@Service
@Transactional
public class AnnualGrades {

  private final AssessmentMonthScores monthScores;
  private final AssessmentStore store;
  private final AssessmentPacks packs;
  private final AssessmentPeople people;

  AnnualGrades(
      AssessmentMonthScores monthScores,
      AssessmentStore store,
      AssessmentPacks packs,
      AssessmentPeople people) {
    this.monthScores = monthScores;
    this.store = store;
    this.packs = packs;
    this.people = people;
  }

  /** One employee's grade of the year, as the API and the page show it. */
  public record AnnualGrade(
      String employeeCode,
      String storeCode,
      BigDecimal annualScore,
      int monthsScored,
      Grade grade,
      Grade computedGrade,
      String reason,
      String packId,
      int packVersion,
      String clause) {
    static AnnualGrade of(AssessmentStore.StoredGrade g) {
      return new AnnualGrade(
          g.employeeCode(),
          g.storeCode(),
          g.annualScore(),
          g.monthsScored(),
          g.grade(),
          g.computedGrade(),
          g.reason(),
          g.packId(),
          g.packVersion(),
          g.clause());
    }
  }

  /** Grades the year afresh (earlier grades and overrides of the year are replaced). */
  public List<AnnualGrade> compute(AccessScope scope, Integer year) {
    AssessmentPeople.requireRole(scope, AssessmentPeople.GRADERS);
    int y = year(year);
    YearMonth last = YearMonth.of(y, 12);
    if (last.isAfter(people.thisMonth())) {
      last = people.thisMonth();
    }
    Map<String, List<BigDecimal>> scores = new TreeMap<>();
    Map<String, String> stores = new LinkedHashMap<>();
    for (YearMonth m = YearMonth.of(y, 1); !m.isAfter(last); m = m.plusMonths(1)) {
      Map<String, AssignmentPeriod> posts = people.lastPosts(m);
      for (MonthScore s : monthScores.of(m)) {
        if (s.score() != null) {
          scores.computeIfAbsent(s.employeeCode(), k -> new ArrayList<>()).add(s.score());
          stores.put(s.employeeCode(), posts.get(s.employeeCode()).storeCode());
        }
      }
    }
    LocalDate asOf = YearMonth.of(y, 12).atEndOfMonth();
    Map<String, AssessmentPacks.Source<GradeRules>> sources = new LinkedHashMap<>();
    Map<String, List<AnnualGrading.AnnualScore>> teams = new TreeMap<>();
    Map<String, Integer> months = new LinkedHashMap<>();
    scores.forEach(
        (code, list) -> {
          AssessmentPacks.Source<GradeRules> source =
              packs.at(GradeRules.class, stores.get(code), asOf);
          String team = source.packId() + "|" + source.packVersion();
          sources.put(team, source);
          BigDecimal mean =
              list.stream()
                  .reduce(BigDecimal.ZERO, BigDecimal::add)
                  .divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP);
          teams
              .computeIfAbsent(team, k -> new ArrayList<>())
              .add(new AnnualGrading.AnnualScore(code, mean));
          months.put(code, list.size());
        });
    List<AssessmentStore.StoredGrade> grades = new ArrayList<>();
    teams.forEach(
        (team, members) -> {
          AssessmentPacks.Source<GradeRules> source = sources.get(team);
          Map<String, BigDecimal> byCode = new LinkedHashMap<>();
          members.forEach(m -> byCode.put(m.employeeCode(), m.score()));
          AnnualGrading.grade(source.rules(), members)
              .forEach(
                  (code, grade) ->
                      grades.add(
                          new AssessmentStore.StoredGrade(
                              y,
                              code,
                              stores.get(code),
                              byCode.get(code),
                              months.get(code),
                              grade,
                              grade,
                              source.packId(),
                              source.packVersion(),
                              source.clause(),
                              null,
                              scope.username())));
        });
    grades.sort(
        Comparator.comparing(AssessmentStore.StoredGrade::annualScore)
            .reversed()
            .thenComparing(AssessmentStore.StoredGrade::employeeCode));
    store.replaceGrades(y, grades, people.now());
    Map<String, Object> after = AssessmentPeople.values("graded", grades.size());
    for (Grade g : Grade.values()) {
      after.put(g.name(), String.valueOf(grades.stream().filter(s -> s.grade() == g).count()));
    }
    people.recorded("annual-grades", String.valueOf(y), null, after, scope.username());
    return grades.stream().map(AnnualGrade::of).toList();
  }

  /** One grade changed by hand, with its reason; refused (409) when it breaks the distribution. */
  public AnnualGrade override(
      AccessScope scope, Integer year, String employeeCode, Grade grade, String reason) {
    AssessmentPeople.requireRole(scope, AssessmentPeople.GRADERS);
    List<FieldProblem> problems = new ArrayList<>();
    if (grade == null) {
      problems.add(new FieldProblem("grade", "validation.required"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "validation.required"));
    } else {
      InputRules.checkText(problems, "reason", reason, 500, true);
    }
    if (!problems.isEmpty()) {
      throw new BadInput("assessment.grades.refused", problems);
    }
    int y = year(year);
    List<AssessmentStore.StoredGrade> all = store.grades(y);
    AssessmentStore.StoredGrade current =
        all.stream()
            .filter(g -> g.employeeCode().equals(employeeCode))
            .findFirst()
            .orElseThrow(() -> new NotFound("annual grade " + y + " " + employeeCode));
    List<Grade> team = new ArrayList<>();
    for (AssessmentStore.StoredGrade g : all) {
      if (g.packId().equals(current.packId()) && g.packVersion() == current.packVersion()) {
        team.add(g == current ? grade : g.grade());
      }
    }
    GradeRules rules = packs.of(GradeRules.class, current.packId(), current.packVersion());
    if (!AnnualGrading.keepsDistribution(rules, team)) {
      throw new Conflict("assessment.grades.distribution");
    }
    AssessmentStore.StoredGrade changed =
        current.overridden(grade, reason.strip(), scope.username());
    store.overrideGrade(changed, people.now());
    people.recorded(
        "annual-grade",
        y + "|" + employeeCode,
        AssessmentPeople.values("grade", current.grade(), "reason", current.reason()),
        AssessmentPeople.values("grade", grade, "reason", changed.reason()),
        scope.username());
    return AnnualGrade.of(changed);
  }

  /** The year's grades the user may see: their stores, or (staff) their own. */
  @Transactional(readOnly = true)
  public List<AnnualGrade> year(AccessScope scope, Integer year) {
    int y = year(year);
    String self = people.ownEmployee(scope);
    return store.grades(y).stream()
        .filter(g -> people.seesStore(scope, g.storeCode()))
        .filter(g -> self == null || g.employeeCode().equals(self))
        .map(AnnualGrade::of)
        .toList();
  }

  private static int year(Integer year) {
    if (year == null) {
      throw new BadInput("year", "validation.required");
    }
    if (year < 2000 || year > 2100) {
      throw new BadInput("year", "assessment.grades.year");
    }
    return year;
  }
}
