package kefu.policy;

/**
 * Why an incident cannot be recorded: a stable machine {@code code}, the offending field, and a
 * message for people.
 */
public record IncidentProblem(String code, String field, String message) {
  public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
  public static final String EMPLOYEE_REQUIRED = "EMPLOYEE_REQUIRED";
  public static final String EMPLOYEE_NOT_ALLOWED = "EMPLOYEE_NOT_ALLOWED";
  public static final String QUANTITY_BELOW_ONE = "QUANTITY_BELOW_ONE";
  public static final String MINUTES_REQUIRED = "MINUTES_REQUIRED";
  public static final String MINUTES_NEGATIVE = "MINUTES_NEGATIVE";
  public static final String MINUTES_NOT_ALLOWED = "MINUTES_NOT_ALLOWED";
  public static final String POINTS_REQUIRED = "POINTS_REQUIRED";
  public static final String POINTS_OUT_OF_RANGE = "POINTS_OUT_OF_RANGE";
  public static final String POINTS_NOT_ALLOWED = "POINTS_NOT_ALLOWED";
}
