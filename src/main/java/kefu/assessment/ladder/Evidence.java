package kefu.assessment.ladder;

/**
 * One condition of a step or one demotion trigger, as it stood on the day asked about: what the
 * records show ({@code actual}), what the pack asks ({@code required}), whether it holds, and the
 * months or quarters behind it ({@code detail}, e.g. {@code 2026-08:2 2026-09:3}).
 */
public record Evidence(String code, String actual, String required, boolean met, String detail) {

  /** Whole months employed from hiring. */
  public static final String MONTHS_EMPLOYED = "MONTHS_EMPLOYED";

  /** The mean store rank over the last published months. */
  public static final String RANK_AVERAGE = "RANK_AVERAGE";

  /** Quarterly grades of one kind, in a row or not. */
  public static final String QUARTERLY_GRADES = "QUARTERLY_GRADES";

  /** Quarterly grades of one kind in a row. */
  public static final String QUARTERLY_GRADES_IN_A_ROW = "QUARTERLY_GRADES_IN_A_ROW";

  /** Titles awarded. */
  public static final String TITLES = "TITLES";

  /** Published months with a store rank outside the top. */
  public static final String MONTHS_OUTSIDE_TOP = "MONTHS_OUTSIDE_TOP";

  /** Published months in a row with a store rank outside the top. */
  public static final String MONTHS_OUTSIDE_TOP_IN_A_ROW = "MONTHS_OUTSIDE_TOP_IN_A_ROW";

  /** A quarterly grade below the one named. */
  public static final String GRADE_BELOW = "GRADE_BELOW";
}
