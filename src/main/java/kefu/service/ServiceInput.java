package kefu.service;

import java.util.List;
import kefu.platform.FieldProblem;

/** The input checks every service record shares: required fields, optional texts, phone numbers. */
public final class ServiceInput {

  private static final String PHONE = "\\+?[0-9][0-9 \\-]{2,30}";

  private ServiceInput() {}

  /** Adds "required" on the field when the value is missing or blank. */
  public static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(new FieldProblem(field, "validation.required"));
    }
  }

  /** The phone number as kept (trimmed, null when blank); a malformed one is a problem. */
  public static String phone(List<FieldProblem> problems, String field, String number) {
    String phone = blankToNull(number);
    if (phone != null && !phone.matches(PHONE)) {
      problems.add(new FieldProblem(field, "validation.phone"));
    }
    return phone;
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
