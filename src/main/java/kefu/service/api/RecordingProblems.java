package kefu.service.api;

import java.util.Map;
import kefu.service.callback.RecordingTooLarge;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A recording over the size limit: 413, as a problem detail naming the {@code file} field. */
@RestControllerAdvice(assignableTypes = CallbackApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
record RecordingProblems(MessageSource messages) {

  @ExceptionHandler(RecordingTooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(RecordingTooLarge e) {
    String message =
        messages.getMessage(e.getMessage(), null, e.getMessage(), LocaleContextHolder.getLocale());
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message);
    pd.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
    pd.setProperty(
        "errors",
        e.problems().stream().map(p -> Map.of("field", p.field(), "message", message)).toList());
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(pd);
  }
}
