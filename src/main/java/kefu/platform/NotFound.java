package kefu.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The thing asked for does not exist, or the user may not know that it does. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
  public NotFound(String what) {
    super(what);
  }
}
