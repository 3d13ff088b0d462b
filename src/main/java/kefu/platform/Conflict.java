package kefu.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request clashes with the current state, e.g. a duplicate code or a locked month. */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
