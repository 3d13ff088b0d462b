package kefu.policy;

import java.util.List;
import java.util.Objects;
import kefu.shared.Points;

/**
 * Points per unit, unless the incident's minutes exceed a limit, when it counts as another type
 * instead (doc 002: a late arrival costs 0.5; more than 30 minutes late is an absence).
 */
record ConvertedPoints(Points points, int minutesOver, String countsAs) implements Rule {
  ConvertedPoints {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(countsAs, "countsAs");
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "points", "minutesOver", "countsAs");
    Points points = fields.points("points", true);
    Integer over = fields.integer("minutesOver", true, 0);
    String countsAs = fields.code("countsAs", true);
    if (countsAs != null) {
      pack.countsAs(fields, "countsAs", countsAs);
    }
    return points == null || over == null || countsAs == null
        ? null
        : new ConvertedPoints(points, over, countsAs);
  }

  /** The minutes decide the consequence, so they are required. */
  @Override
  public void check(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    if (draft.minutes() == null) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.MINUTES_REQUIRED, "minutes", type + " needs the minutes"));
    } else if (draft.minutes() < 0) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.MINUTES_NEGATIVE, "minutes", "minutes must not be negative"));
    }
    DraftChecks.noPoints(type, draft, problems);
  }

  @Override
  public String describe(RuleWords words) {
    return words.say(
        "policy.rule.conversion",
        RuleWords.number(points.value()),
        String.valueOf(minutesOver),
        words.typeLabel(countsAs));
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    if (converts(incident.minutes())) {
      String note = Note.of("converted", minutesOver, countsAs);
      month.deduct(
          cause, incident, note, PointsPerUnit.of(pack, countsAs).points(incident.quantity()));
    } else {
      month.deduct(cause, incident, "", points(incident.quantity()));
    }
  }

  boolean converts(Integer minutes) {
    return minutes != null && minutes > minutesOver;
  }

  Points points(int quantity) {
    return points.times(quantity);
  }
}
