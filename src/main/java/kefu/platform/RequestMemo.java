package kefu.platform;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current HTTP request, so what every part of a page asks for
 * (the caller's scope, the group's time zone) is read from the database once per request rather
 * than once per card, row or fragment. Only while the request passes through {@link
 * RequestMemoFilter}: elsewhere (jobs, start-up, a test's own thread) the value is worked out each
 * time. Only for values that cannot change during the request, or whose change calls {@link
 * #forget}.
 */
public final class RequestMemo {

  private static final String PREFIX = RequestMemo.class.getName() + ".";

  /** Set by the filter on the requests whose values may be remembered. */
  static final String ACTIVE = PREFIX + "active";

  private RequestMemo() {}

  public static <T> T get(String key, Supplier<T> compute) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null || request.getAttribute(ACTIVE, RequestAttributes.SCOPE_REQUEST) == null) {
      return compute.get();
    }
    @SuppressWarnings("unchecked")
    T known = (T) request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
    if (known != null) {
      return known;
    }
    T value = compute.get();
    request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
    return value;
  }

  /** Drops a remembered value after the request itself changed what it was worked out from. */
  public static void forget(String key) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
