package kefu.shared;

/**
 * How a person's identity is shown to someone who may not see it whole: an ID number keeps only its
 * last 4 characters ({@code **************123X}), a name only its first character ({@code 王**}),
 * enough for staff to match a person at the desk without the register giving them away.
 */
public final class IdentityMasks {

  private static final int ID_KEPT_AT_END = 4;

  private IdentityMasks() {}

  /** The ID number as shown masked; {@code null} and blank stay as they are. */
  public static String idNumber(String id) {
    if (id == null || id.isBlank()) {
      return id;
    }
    String s = id.strip();
    int hidden = Math.max(0, s.length() - ID_KEPT_AT_END);
    return "*".repeat(hidden) + s.substring(hidden);
  }

  /** The name as shown masked: its first character, a star for each of the others. */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String s = name.strip();
    int first = s.offsetByCodePoints(0, 1);
    return s.substring(0, first) + "*".repeat(s.codePointCount(first, s.length()));
  }
}
