package kefu.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Well-formed input that a business rule refuses (422), with the fields it concerns. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleRefused extends RuntimeException {
  private final List<FieldProblem> problems;

  public RuleRefused(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public RuleRefused(String field, String message) {
    this(message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
