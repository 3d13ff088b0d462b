package kefu.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user is known but may not do this (role or store scope). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}
