package kefu.platform;

import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of an API call into an RFC 9457 problem detail with {@code status}, {@code
 * title}, {@code detail} and, for input problems, {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(Conflict.class)
  ResponseEntity<ProblemDetail> conflict(Conflict e) {
    return problem(HttpStatus.CONFLICT, text(e.getMessage()), List.of());
  }

  @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
  ResponseEntity<ProblemDetail> forbidden(RuntimeException e) {
    return problem(
        HttpStatus.FORBIDDEN, e.getMessage() == null ? null : text(e.getMessage()), List.of());
  }

  @ExceptionHandler(BadInput.class)
  ResponseEntity<ProblemDetail> badInput(BadInput e) {
    return problem(HttpStatus.BAD_REQUEST, text(e.getMessage()), translated(e.problems()));
  }

  @ExceptionHandler(RuleRefused.class)
  ResponseEntity<ProblemDetail> refused(RuleRefused e) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, text(e.getMessage()), translated(e.problems()));
  }

  /** A query value the server could not even decode (a broken escape such as {@code %ZZ}). */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, text("problem.badValue"), List.of());
  }

  /** Anything unforeseen: logged with its cause, answered without internals. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("API request failed", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected"), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        text("problem.badValue"),
        List.of(new FieldProblem(e.getName(), valueMessage(e.getRequiredType()))));
  }

  /**
   * A write the database refused. A value it cannot hold (too long, out of range: SQL state class
   * 22) is bad input that validation should have named, not a conflict; only a clash with other
   * rows (class 23, e.g. a duplicate key) is a 409.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        if (sql.getSQLState().startsWith("22")) {
          log.warn("A value reached the database unchecked: {}", sql.getMessage());
          return problem(HttpStatus.BAD_REQUEST, text("problem.unstorable"), List.of());
        }
        break;
      }
    }
    return problem(HttpStatus.CONFLICT, text("problem.integrity"), List.of());
  }

  /**
   * Two writers met: a stale version, or a lock not granted in time (a month being published, a
   * deadlock the database broke). Nothing was written; the caller may try again.
   */
  @ExceptionHandler(ConcurrencyFailureException.class)
  ResponseEntity<ProblemDetail> concurrentWrite(ConcurrencyFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        text(e instanceof OptimisticLockingFailureException ? "problem.stale" : "problem.busy"),
        List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            body(
                HttpStatus.BAD_REQUEST,
                text("problem.missing"),
                List.of(new FieldProblem(ex.getParameterName(), text("validation.required")))));
  }

  /**
   * Whatever else the framework refuses (an unknown address, a method or format the address does
   * not take): the framework's own English detail is replaced by one in the caller's language.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail pd) {
      HttpStatus status = HttpStatus.resolve(statusCode.value());
      pd.setTitle(status != null ? status.getReasonPhrase() : pd.getTitle());
      pd.setDetail(text(frameworkDetail(statusCode.value())));
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  private static String frameworkDetail(int status) {
    return switch (status) {
      case 404 -> "problem.notFound";
      case 405 -> "problem.notAllowed";
      case 406 -> "problem.notAcceptable";
      case 415 -> "problem.unsupported";
      case 500, 503 -> "problem.unexpected";
      default -> "problem.invalid";
    };
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new FieldProblem(
                        f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
            .toList();
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body(HttpStatus.BAD_REQUEST, text("problem.invalid"), problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // name the field when the body parsed but a value did not fit (e.g. an unknown position code)
    List<FieldProblem> problems = List.of();
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
        String field =
            j.getPath().stream()
                .map(
                    r ->
                        r.getPropertyName() != null
                            ? r.getPropertyName()
                            : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
        Class<?> type = targetType(t);
        // text is only ever refused for its characters (see StrictInput)
        String message =
            t instanceof InvalidFormatException && type == String.class
                ? text(InputRules.CONTROL_CHARACTERS)
                : valueMessage(type);
        problems = List.of(new FieldProblem(field, message));
        break;
      }
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body(HttpStatus.BAD_REQUEST, text("problem.unreadable"), problems));
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, List<FieldProblem> problems) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body(status, detail, problems));
  }

  private ProblemDetail body(HttpStatus status, String detail, List<FieldProblem> problems) {
    ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
    pd.setTitle(status.getReasonPhrase());
    if (!problems.isEmpty()) {
      pd.setProperty(
          "errors",
          problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    }
    return pd;
  }

  private static Class<?> targetType(Throwable t) {
    if (t instanceof MismatchedInputException m) {
      return m.getTargetType();
    }
    if (t instanceof InputCoercionException c) {
      return c.getTargetType();
    }
    return null;
  }

  /** What a value of this type must look like, in the caller's language. */
  private String valueMessage(Class<?> type) {
    if (type == null) {
      return text("problem.badValue");
    }
    if (type.isEnum()) {
      String names =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      return messages.getMessage(
          "problem.enumValue", new Object[] {names}, LocaleContextHolder.getLocale());
    }
    if (TemporalAccessor.class.isAssignableFrom(type)) {
      return text("problem.date");
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return text("problem.wholeNumber");
    }
    if (Number.class.isAssignableFrom(type)) {
      return text("problem.number");
    }
    return text("problem.badValue");
  }

  private List<FieldProblem> translated(List<FieldProblem> problems) {
    return problems.stream().map(p -> new FieldProblem(p.field(), text(p.message()))).toList();
  }

  /** Exceptions carry message keys where they can; anything else passes through as is. */
  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
