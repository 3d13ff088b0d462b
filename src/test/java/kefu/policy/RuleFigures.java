package kefu.policy;

import kefu.shared.Points;

/** The figures of a type's rule that test data must respect, for tests outside this package. */
public final class RuleFigures {
  private RuleFigures() {}

  /** The minutes above which a CONVERSION type counts as another; null for any other rule. */
  public static Integer minutesOver(IncidentTypeDefinition type) {
    return type.rule() instanceof ConvertedPoints c ? c.minutesOver() : null;
  }

  /** The range of a DISCRETIONARY_POINTS type, as {min, max}; null for any other rule. */
  public static Points[] pointsRange(IncidentTypeDefinition type) {
    return type.rule() instanceof DiscretionaryPoints d ? new Points[] {d.min(), d.max()} : null;
  }
}
