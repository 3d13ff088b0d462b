package kefu.platform;

import java.util.List;

/**
 * Input refused with a message and the fields it concerns: {@link BadInput} when it is malformed,
 * {@link RuleRefused} when a business rule says no. Pages show the problems on their fields, the
 * API lists them in its problem's errors.
 */
public abstract class FieldRefusal extends RuntimeException {
  private final List<FieldProblem> problems;

  protected FieldRefusal(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  protected FieldRefusal(String field, String message) {
    this(message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
