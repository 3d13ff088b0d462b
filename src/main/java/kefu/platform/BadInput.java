package kefu.platform;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Malformed or incomplete input (400), with the fields it concerns. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadInput extends FieldRefusal {

  public BadInput(String message, List<FieldProblem> problems) {
    super(message, problems);
  }

  public BadInput(String field, String message) {
    super(field, message);
  }
}
