package kefu.shared;

/**
 * How a customer's phone number is shown to someone who may not see it whole: a mainland mobile
 * number keeps its first 3 and last 4 digits ({@code 138****5678}); any other number keeps only its
 * last 4 digits, with its separators, so that staff can still tell two numbers apart on the phone.
 */
public final class PhoneNumbers {

  private static final int KEPT_AT_END = 4;
  private static final int MOBILE_DIGITS = 11;
  private static final int MOBILE_KEPT_AT_START = 3;

  private PhoneNumbers() {}

  /** The number as shown masked; {@code null} and blank stay as they are. */
  public static String mask(String number) {
    if (number == null || number.isBlank()) {
      return number;
    }
    String digits = number.replaceAll("\\D", "");
    String mobile = mobile(digits);
    if (mobile != null) {
      return mobile.substring(0, MOBILE_KEPT_AT_START)
          + "*".repeat(MOBILE_DIGITS - MOBILE_KEPT_AT_START - KEPT_AT_END)
          + mobile.substring(MOBILE_DIGITS - KEPT_AT_END);
    }
    int toHide = Math.max(0, digits.length() - KEPT_AT_END);
    StringBuilder out = new StringBuilder(number.strip().length());
    for (char c : number.strip().toCharArray()) {
      if (Character.isDigit(c) && toHide > 0) {
        out.append('*');
        toHide--;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The 11 digits of a mainland mobile number, with or without the country code; else null. */
  private static String mobile(String digits) {
    String national =
        digits.startsWith("86") && digits.length() == MOBILE_DIGITS + 2
            ? digits.substring(2)
            : digits;
    return national.length() == MOBILE_DIGITS && national.charAt(0) == '1' ? national : null;
  }
}
