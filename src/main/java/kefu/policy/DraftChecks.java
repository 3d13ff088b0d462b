package kefu.policy;

import java.util.List;

/** The checks of an incident's minutes and points that most rule kinds share. */
final class DraftChecks {
  private DraftChecks() {}

  /** A type whose rule fixes the consequence takes neither minutes nor points. */
  static void fixedConsequence(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    noMinutes(type, draft, problems);
    noPoints(type, draft, problems);
  }

  static void noMinutes(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    if (draft.minutes() != null) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.MINUTES_NOT_ALLOWED, "minutes", type + " takes no minutes"));
    }
  }

  static void noPoints(String type, IncidentDraft draft, List<IncidentProblem> problems) {
    if (draft.points() != null) {
      problems.add(
          new IncidentProblem(
              IncidentProblem.POINTS_NOT_ALLOWED,
              "points",
              type + " has fixed consequences and takes no points"));
    }
  }

  /** The message when a type must name its employee because the rule charges that person. */
  static String ownEmployee(EmployeeRequirement employee) {
    return employee == EmployeeRequirement.REQUIRED
        ? null
        : "must be REQUIRED: the rule charges the incident's own employee";
  }
}
