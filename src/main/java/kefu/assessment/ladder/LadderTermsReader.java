package kefu.assessment.ladder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kefu.assessment.ladder.LadderTerms.Band;
import kefu.assessment.ladder.LadderTerms.Demotion;
import kefu.assessment.ladder.LadderTerms.GradeCount;
import kefu.assessment.ladder.LadderTerms.MonthCount;
import kefu.assessment.ladder.LadderTerms.Reach;
import kefu.assessment.ladder.LadderTerms.Step;
import kefu.assessment.ladder.LadderTerms.TitleCount;
import kefu.organization.Level;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;
import kefu.shared.Money;

/**
 * Reads a pack's {@code ladder}: its clauses, the posts on the ladder, the top ranks and how many
 * months the rank average covers, the quarterly grade bands (highest first, each lower than the one
 * before) and the levels (lowest first, in the order of the ladder), each with its monthly pay,
 * what reaches it and what brings it back down. Every problem is reported on its field.
 */
public final class LadderTermsReader extends MappingSectionReader<LadderTerms> {

  private static final String POSITION = "[A-Z][A-Z_]*";
  private static final String YES_NO = "true|false";

  public LadderTermsReader() {
    super(
        "ladder",
        LadderTerms.class,
        "clause",
        "payClause",
        "positions",
        "ranking",
        "quarterlyGrades",
        "levels");
  }

  @Override
  protected LadderTerms readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
    String payClause = pack.clause(fields, "payClause");
    List<String> positions = fields.texts("positions", true, p -> p.matches(POSITION), "a post");
    YamlFields ranking = fields.object("ranking", true);
    Integer topRanks = null;
    Integer months = null;
    if (ranking != null) {
      ranking.allowOnly("top", "averageMonths");
      topRanks = ranking.integer("top", true, 1);
      months = ranking.integer("averageMonths", true, 1);
    }
    YamlFields grading = fields.object("quarterlyGrades", true);
    String gradeClause = null;
    List<Band> bands = null;
    if (grading != null) {
      grading.allowOnly("clause", "bands");
      gradeClause = pack.clause(grading);
      bands = bands(grading);
    }
    List<Step> steps = bands == null ? null : steps(fields, pack, bands);
    if (clause == null
        || payClause == null
        || positions.isEmpty()
        || topRanks == null
        || months == null
        || gradeClause == null
        || bands == null
        || steps == null) {
      return null;
    }
    return new LadderTerms(
        clause, payClause, positions, topRanks, months, gradeClause, bands, steps);
  }

  private static List<Band> bands(YamlFields grading) {
    List<Band> bands = new ArrayList<>();
    boolean complete = true;
    for (YamlFields b : grading.objects("bands", true)) {
      b.allowOnly("grade", "atLeast");
      String grade = b.code("grade", true);
      BigDecimal atLeast = b.decimal("atLeast", true, 1);
      if (grade == null || atLeast == null) {
        complete = false;
        continue;
      }
      if (bands.stream().anyMatch(x -> x.grade().equals(grade))) {
        b.problem("grade", "repeats grade " + grade);
        complete = false;
        continue;
      }
      if (!bands.isEmpty() && atLeast.compareTo(bands.get(bands.size() - 1).atLeast()) >= 0) {
        b.problem("atLeast", "bands must run from the highest down, each below the one before");
        complete = false;
        continue;
      }
      bands.add(new Band(grade, atLeast));
    }
    return complete && !bands.isEmpty() ? bands : null;
  }

  private static List<Step> steps(YamlFields fields, PackOutline pack, List<Band> bands) {
    List<Step> steps = new ArrayList<>();
    boolean complete = true;
    for (YamlFields s : fields.objects("levels", true)) {
      s.allowOnly("level", "monthlyPay", "clause", "reach", "demotedWhen");
      Level level = s.choice("level", true, Level.class);
      BigDecimal pay = s.decimal("monthlyPay", true, 2);
      String clause = pack.clause(s);
      boolean first = steps.isEmpty() && complete;
      Reach reach = null;
      if (first && s.has("reach")) {
        s.problem("reach", "the first level is where everyone starts: it has no conditions");
        complete = false;
      } else if (!first) {
        reach = reach(s, bands);
        complete &= reach != null;
      }
      Demotion demotion = s.has("demotedWhen") ? demotion(s, bands) : null;
      complete &= !s.has("demotedWhen") || demotion != null;
      if (level == null || pay == null || clause == null) {
        complete = false;
        continue;
      }
      if (!steps.isEmpty() && level.ordinal() <= steps.get(steps.size() - 1).level().ordinal()) {
        s.problem("level", "levels must run from the lowest up, each once");
        complete = false;
        continue;
      }
      steps.add(new Step(level, Money.of(pay), clause, reach, demotion));
    }
    return complete && !steps.isEmpty() ? steps : null;
  }

  private static Reach reach(YamlFields step, List<Band> bands) {
    YamlFields r = step.object("reach", true);
    if (r == null) {
      return null;
    }
    r.allowOnly("monthsEmployed", "rankAverageInTop", "quarterlyGrades", "titles");
    Integer months = r.integer("monthsEmployed", true, 0);
    String inTop = r.code("rankAverageInTop", false, YES_NO, "true or false");
    GradeCount grades = r.has("quarterlyGrades") ? grades(r, bands) : null;
    TitleCount titles = null;
    YamlFields t = r.object("titles", false);
    if (t != null) {
      t.allowOnly("title", "count");
      Title title = t.choice("title", true, Title.class);
      Integer count = t.integer("count", true, 1);
      if (title == null || count == null) {
        return null;
      }
      titles = new TitleCount(title, count);
    }
    if (months == null
        || (r.has("rankAverageInTop") && inTop == null)
        || (r.has("quarterlyGrades") && grades == null)) {
      return null;
    }
    return new Reach(months, "true".equals(inTop), grades, titles);
  }

  private static Demotion demotion(YamlFields step, List<Band> bands) {
    YamlFields d = step.object("demotedWhen", true);
    d.allowOnly("withinMonths", "monthsOutsideTop", "quarterlyGrades", "gradeBelow");
    Integer within = d.integer("withinMonths", false, 1);
    MonthCount outside = null;
    YamlFields o = d.object("monthsOutsideTop", false);
    if (o != null) {
      o.allowOnly("count", "consecutive");
      Integer count = o.integer("count", true, 1);
      String consecutive = o.code("consecutive", true, YES_NO, "true or false");
      if (count == null || consecutive == null) {
        return null;
      }
      outside = new MonthCount(count, Boolean.parseBoolean(consecutive));
    }
    GradeCount grades = d.has("quarterlyGrades") ? grades(d, bands) : null;
    String below = d.code("gradeBelow", false);
    if (below != null && bands.stream().noneMatch(b -> b.grade().equals(below))) {
      d.problem("gradeBelow", "names no grade of quarterlyGrades: " + below);
      return null;
    }
    if ((d.has("withinMonths") && within == null)
        || (d.has("quarterlyGrades") && grades == null)
        || (d.has("gradeBelow") && below == null)) {
      return null;
    }
    if (outside == null && grades == null && below == null) {
      d.problemHere("names no trigger (monthsOutsideTop, quarterlyGrades or gradeBelow)");
      return null;
    }
    return new Demotion(within, outside, grades, below);
  }

  private static GradeCount grades(YamlFields parent, List<Band> bands) {
    YamlFields g = parent.object("quarterlyGrades", true);
    g.allowOnly("grade", "count", "consecutive");
    String grade = g.code("grade", true);
    Integer count = g.integer("count", true, 1);
    String consecutive = g.code("consecutive", true, YES_NO, "true or false");
    if (grade != null && bands.stream().noneMatch(b -> b.grade().equals(grade))) {
      g.problem("grade", "names no grade of quarterlyGrades: " + grade);
      return null;
    }
    if (grade == null || count == null || consecutive == null) {
      return null;
    }
    return new GradeCount(grade, count, Boolean.parseBoolean(consecutive));
  }
}
