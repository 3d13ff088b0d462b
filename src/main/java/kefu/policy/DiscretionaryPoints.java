package kefu.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import kefu.shared.Points;

/**
 * Points chosen by a supervisor on the incident within a range (doc 002: an unfinished day's work
 * costs 0.5 to 1); anything outside the range is refused when the incident is recorded.
 */
record DiscretionaryPoints(Points min, Points max) implements Rule {
  DiscretionaryPoints {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "min", "max");
    Points min = fields.points("min", true);
    Points max = fields.points("max", true);
    if (min != null && max != null && min.compareTo(max) > 0) {
      fields.problem("max", "must be ≥ min (" + min + ")");
      return null;
    }
    return min == null || max == null ? null : new DiscretionaryPoints(min, max);
  }

  /** The points are chosen on the incident, so they are required and must be in the range. */
  @Override
  public void check(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    DraftChecks.noMinutes(type, draft, problems);
    if (draft.points() == null) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.POINTS_REQUIRED,
              "points",
              type + " needs the points chosen, from " + min + " to " + max));
    } else if (!accepts(draft.points())) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.POINTS_OUT_OF_RANGE,
              "points",
              "points must be from " + min + " to " + max));
    }
  }

  @Override
  public String describe(RuleWords words) {
    return words.say(
        "policy.rule.discretionary", RuleWords.number(min.value()), RuleWords.number(max.value()));
  }

  /** An incident recorded before the range changed may fall outside it: it then costs nothing. */
  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    if (accepts(incident.points())) {
      month.deduct(cause, incident, "", points(incident.points(), incident.quantity()));
    } else {
      month.deduct(cause, incident, Note.of("pointsOutOfRange"), Points.ZERO);
    }
  }

  boolean accepts(BigDecimal chosen) {
    return chosen != null
        && chosen.compareTo(min.value()) >= 0
        && chosen.compareTo(max.value()) <= 0;
  }

  Points points(BigDecimal chosen, int quantity) {
    return Points.of(chosen).times(quantity);
  }
}
