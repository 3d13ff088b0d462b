package kefu.policy;

import java.util.Objects;
import kefu.shared.Points;

/** A fixed deduction per unit of the incident (doc 002: an absence costs 2). */
record PointsPerUnit(Points points) implements Rule {
  PointsPerUnit {
    Objects.requireNonNull(points, "points");
  }

  static Rule read(YamlFields fields, RuleReading pack) {
    fields.allowOnly("kind", "points");
    Points points = fields.points("points", true);
    return points == null ? null : new PointsPerUnit(points);
  }

  /**
   * The rule of a type that another counts as; the parser makes sure such a type exists and has
   * this kind of rule.
   */
  static PointsPerUnit of(PolicyPack pack, String typeCode) {
    return (PointsPerUnit) pack.type(typeCode).orElseThrow().rule();
  }

  @Override
  public String describe(RuleWords words) {
    return words.say("policy.rule.points", RuleWords.number(points.value()));
  }

  @Override
  public void evaluate(Occurrence incident, Cause cause, PolicyPack pack, MonthEvaluation month) {
    month.deduct(cause, incident, "", points(incident.quantity()));
  }

  Points points(int quantity) {
    return points.times(quantity);
  }
}
