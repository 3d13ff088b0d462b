package kefu.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Malformed or incomplete input (400), with the fields it concerns. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadInput extends RuntimeException {
  private final List<FieldProblem> problems;

  public BadInput(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public BadInput(String field, String message) {
    this(message, List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
