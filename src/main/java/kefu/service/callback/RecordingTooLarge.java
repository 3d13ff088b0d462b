package kefu.service.callback;

import kefu.platform.FieldRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A recording over the configured size limit (413), refused on the {@code file} field. */
@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
public class RecordingTooLarge extends FieldRefusal {
  public RecordingTooLarge() {
    super("file", "recording.tooLarge");
  }
}
