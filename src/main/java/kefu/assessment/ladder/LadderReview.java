package kefu.assessment.ladder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kefu.assessment.ladder.LadderTerms.Demotion;
import kefu.assessment.ladder.LadderTerms.GradeCount;
import kefu.assessment.ladder.LadderTerms.Reach;
import kefu.assessment.ladder.LadderTerms.Step;
import kefu.organization.Level;
import kefu.settlement.PublishedMonths.Standing;

/**
 * Doc 002 variant 14 applied to one employee as of a day, without storage: their months employed,
 * rank average, quarterly grades and titles against the next step's conditions and against the
 * current level's demotion triggers. Only what was published by that day counts: a month when its
 * statements are published (and it has ended by the day), a quarter when its three months are.
 */
public final class LadderReview {

  private final LadderTerms terms;
  private final LocalDate asOf;
  private final NavigableSet<YearMonth> published;

  /**
   * @param published every published month (the ones after {@code asOf} are left out)
   */
  public LadderReview(LadderTerms terms, LocalDate asOf, Iterable<YearMonth> published) {
    this.terms = Objects.requireNonNull(terms, "terms");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.published = new TreeSet<>();
    for (YearMonth m : published) {
      if (!m.atEndOfMonth().isAfter(asOf)) {
        this.published.add(m);
      }
    }
  }

  /**
   * One employee as the review sees them: hired on a day, at a level since a day (their hiring day
   * for the level they started at), with their standings by month and their titles.
   */
  public record Candidate(
      String employeeCode,
      LocalDate hiredOn,
      Level level,
      LocalDate levelSince,
      Map<YearMonth, Standing> standings,
      List<TitleAward> titles) {
    public Candidate {
      standings = Map.copyOf(standings);
      titles = List.copyOf(titles);
    }
  }

  /** The change Kefu proposes for the candidate, if any: a demotion trigger wins over a step up. */
  public Optional<Proposal> propose(Candidate c) {
    Optional<Step> current = terms.step(c.level());
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Demotion demotion = current.get().demotion();
    Optional<Step> below = terms.below(c.level());
    if (demotion != null && below.isPresent()) {
      List<Evidence> triggers = triggers(c, demotion);
      if (triggers.stream().anyMatch(Evidence::met)) {
        return Optional.of(
            new Proposal(
                c.employeeCode(),
                c.level(),
                below.get().level(),
                ProposalKind.DEMOTION,
                current.get().clause(),
                triggers));
      }
    }
    Optional<Step> above = terms.above(c.level());
    if (above.isEmpty() || above.get().reach() == null) {
      return Optional.empty();
    }
    List<Evidence> conditions = conditions(c, above.get().reach());
    if (!conditions.stream().allMatch(Evidence::met)) {
      return Optional.empty();
    }
    return Optional.of(
        new Proposal(
            c.employeeCode(),
            c.level(),
            above.get().level(),
            ProposalKind.PROMOTION,
            above.get().clause(),
            conditions));
  }

  /** The conditions of reaching a step, each with what the records show. */
  public List<Evidence> conditions(Candidate c, Reach reach) {
    List<Evidence> evidence = new ArrayList<>();
    long months = monthsEmployed(c.hiredOn());
    evidence.add(
        new Evidence(
            Evidence.MONTHS_EMPLOYED,
            Long.toString(months),
            Integer.toString(reach.monthsEmployed()),
            months >= reach.monthsEmployed(),
            c.hiredOn().toString()));
    if (reach.rankAverageInTop()) {
      evidence.add(rankAverage(c));
    }
    if (reach.grades() != null) {
      evidence.add(grades(reach.grades(), quarterGrades(c, c.levelSince(), null)));
    }
    if (reach.titles() != null) {
      List<LocalDate> awarded =
          c.titles().stream()
              .filter(t -> t.title() == reach.titles().title() && !t.awardedOn().isAfter(asOf))
              .map(TitleAward::awardedOn)
              .sorted()
              .toList();
      evidence.add(
          new Evidence(
              Evidence.TITLES,
              Integer.toString(awarded.size()),
              Integer.toString(reach.titles().count()),
              awarded.size() >= reach.titles().count(),
              awarded.stream().map(LocalDate::toString).collect(Collectors.joining(" "))));
    }
    return evidence;
  }

  /** The demotion triggers of the current level, each with whether it fired. */
  public List<Evidence> triggers(Candidate c, Demotion demotion) {
    LocalDate since = c.levelSince();
    LocalDate until =
        demotion.withinMonths() == null ? null : since.plusMonths(demotion.withinMonths());
    List<Evidence> evidence = new ArrayList<>();
    if (demotion.monthsOutsideTop() != null) {
      evidence.add(outsideTop(c, since, until, demotion.monthsOutsideTop()));
    }
    List<QuarterGrade> grades = quarterGrades(c, since, until);
    if (demotion.grades() != null) {
      evidence.add(grades(demotion.grades(), grades));
    }
    if (demotion.gradeBelow() != null) {
      List<QuarterGrade> lower =
          grades.stream().filter(g -> terms.below(g.grade(), demotion.gradeBelow())).toList();
      evidence.add(
          new Evidence(
              Evidence.GRADE_BELOW,
              Integer.toString(lower.size()),
              demotion.gradeBelow(),
              !lower.isEmpty(),
              describe(lower)));
    }
    return evidence;
  }

  /** Whole months from hiring to the day; none before hiring. */
  long monthsEmployed(LocalDate hiredOn) {
    return Math.max(0, ChronoUnit.MONTHS.between(hiredOn, asOf));
  }

  /**
   * The mean store rank over the last published months the pack names; it is in the top only when
   * the employee has a rank in each of them and the mean is at most the top rank.
   */
  Evidence rankAverage(Candidate c) {
    List<YearMonth> last = new ArrayList<>(published.descendingSet());
    last = new ArrayList<>(last.subList(0, Math.min(terms.averageMonths(), last.size())));
    Collections.reverse(last);
    List<String> detail = new ArrayList<>();
    int sum = 0;
    int ranked = 0;
    for (YearMonth m : last) {
      Integer rank = rank(c, m);
      detail.add(m + ":" + (rank == null ? "-" : rank));
      if (rank != null) {
        sum += rank;
        ranked++;
      }
    }
    BigDecimal mean =
        ranked == 0
            ? null
            : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ranked), 1, RoundingMode.HALF_UP);
    boolean met = ranked == terms.averageMonths() && ranked > 0 && sum <= terms.top() * ranked;
    return new Evidence(
        Evidence.RANK_AVERAGE,
        mean == null ? "-" : mean.toPlainString(),
        Integer.toString(terms.top()),
        met,
        String.join(" ", detail));
  }

  /**
   * The graded quarters from the one that starts in or after {@code since}'s month, and before
   * {@code until} when given; a quarter is graded once its three months are published and the
   * employee has a score in at least one of them.
   */
  List<QuarterGrade> quarterGrades(Candidate c, LocalDate since, LocalDate until) {
    List<QuarterGrade> grades = new ArrayList<>();
    if (published.isEmpty()) {
      return grades;
    }
    YearMonth from = YearMonth.from(since);
    for (YearMonth q = QuarterGrade.quarterOf(published.first());
        !q.isAfter(published.last());
        q = q.plusMonths(3)) {
      if (q.isBefore(from) || (until != null && !q.atDay(1).isBefore(until))) {
        continue;
      }
      if (!published.containsAll(List.of(q, q.plusMonths(1), q.plusMonths(2)))) {
        continue;
      }
      List<BigDecimal> scores = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Standing s = c.standings().get(q.plusMonths(i));
        if (s != null && s.score() != null) {
          scores.add(s.score());
        }
      }
      if (!scores.isEmpty()) {
        BigDecimal mean =
            scores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
        grades.add(new QuarterGrade(q, mean, terms.grade(mean)));
      }
    }
    return grades;
  }

  private Evidence grades(GradeCount wanted, List<QuarterGrade> grades) {
    int reached = wanted.consecutive() ? longestRun(wanted.grade(), grades) : count(wanted, grades);
    return new Evidence(
        wanted.consecutive() ? Evidence.QUARTERLY_GRADES_IN_A_ROW : Evidence.QUARTERLY_GRADES,
        Integer.toString(reached),
        wanted.count() + " " + wanted.grade(),
        reached >= wanted.count(),
        describe(grades));
  }

  private static int count(GradeCount wanted, List<QuarterGrade> grades) {
    return (int) grades.stream().filter(g -> g.grade().equals(wanted.grade())).count();
  }

  /** The longest run of calendar-adjacent quarters with the grade. */
  private static int longestRun(String grade, List<QuarterGrade> grades) {
    int best = 0;
    int run = 0;
    YearMonth previous = null;
    for (QuarterGrade g : grades) {
      if (!g.grade().equals(grade)) {
        run = 0;
        previous = null;
        continue;
      }
      boolean adjacent = previous != null && previous.plusMonths(3).equals(g.firstMonth());
      run = adjacent ? run + 1 : 1;
      previous = g.firstMonth();
      best = Math.max(best, run);
    }
    return best;
  }

  private Evidence outsideTop(
      Candidate c, LocalDate since, LocalDate until, LadderTerms.MonthCount wanted) {
    YearMonth from = YearMonth.from(since);
    int best = 0;
    int run = 0;
    int total = 0;
    List<String> detail = new ArrayList<>();
    for (YearMonth m : published) {
      if (m.isBefore(from) || (until != null && !m.atDay(1).isBefore(until))) {
        continue;
      }
      Integer rank = rank(c, m);
      boolean outside = rank != null && rank > terms.top();
      if (outside) {
        total++;
        run++;
        detail.add(m + ":" + rank);
      } else {
        run = 0;
      }
      best = Math.max(best, run);
    }
    int reached = wanted.consecutive() ? best : total;
    return new Evidence(
        wanted.consecutive() ? Evidence.MONTHS_OUTSIDE_TOP_IN_A_ROW : Evidence.MONTHS_OUTSIDE_TOP,
        Integer.toString(reached),
        Integer.toString(wanted.count()),
        reached >= wanted.count(),
        String.join(" ", detail));
  }

  private static Integer rank(Candidate c, YearMonth month) {
    Standing s = c.standings().get(month);
    return s == null ? null : s.rankInStore();
  }

  private static String describe(List<QuarterGrade> grades) {
    return grades.stream()
        .map(g -> g.label() + ":" + g.grade() + "(" + g.mean().toPlainString() + ")")
        .collect(Collectors.joining(" "));
  }
}
