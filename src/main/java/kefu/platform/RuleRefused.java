package kefu.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Well-formed input that a business rule refuses (422), with the fields it concerns. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleRefused extends FieldRefusal {

  public RuleRefused(String message, List<FieldProblem> problems) {
    super(message, problems);
  }

  public RuleRefused(String field, String message) {
    super(field, message);
  }
}
