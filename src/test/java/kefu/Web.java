package kefu;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests as MockMvc tests send them to the pages and the API: a form with its CSRF token, a JSON
 * body, a file upload, and the answer read back.
 */
public final class Web {

  /** The demo logins the test data signs in as. */
  public static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  public static final RequestPostProcessor GROUP_CS = user("groupcs").roles("GROUP_CS");
  public static final RequestPostProcessor S01_CS = user("s01cs").roles("CS_MANAGER");
  public static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

  private Web() {}

  /**
   * A form sent by {@code who} with the form's CSRF token. The fields are written the way a browser
   * sends them, {@code name=value&name=value} (not URL-encoded: each value is taken as written; a
   * name may repeat).
   */
  public static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, RequestPostProcessor who, String fields) {
    form(request, who);
    for (String[] field : nameValues(fields)) {
      request.param(field[0], field[1]);
    }
    return request;
  }

  /** A form sent by {@code who} with the form's CSRF token, one value per field. */
  public static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, RequestPostProcessor who, Map<String, String> fields) {
    form(request, who);
    fields.forEach(request::param);
    return request;
  }

  /**
   * Fields written {@code name=value&name=value} as a map a test may change before sending, in the
   * order written.
   */
  public static Map<String, String> fields(String fields) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String[] field : nameValues(fields)) {
      map.put(field[0], field[1]);
    }
    return map;
  }

  private static List<String[]> nameValues(String fields) {
    List<String[]> pairs = new ArrayList<>();
    for (String field : fields.split("&")) {
      int eq = field.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("a field is name=value: " + field);
      }
      pairs.add(new String[] {field.substring(0, eq), field.substring(eq + 1)});
    }
    return pairs;
  }

  /** A form sent by {@code who} with the form's CSRF token, its fields still to be added. */
  public static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, RequestPostProcessor who) {
    return request.with(who).with(csrf());
  }

  /** A JSON body sent by {@code who} to the API. */
  public static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, RequestPostProcessor who, String body) {
    return request.with(who).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** A spreadsheet uploaded by {@code who} as the import form's {@code file}, with CSRF token. */
  public static MockMultipartHttpServletRequestBuilder upload(
      String url, RequestPostProcessor who, String filename, byte[] content) {
    MockMultipartHttpServletRequestBuilder request =
        multipart(url).file(new MockMultipartFile("file", filename, null, content));
    request.with(who).with(csrf());
    return request;
  }

  /** The answer's body as text. */
  public static String body(ResultActions answer) throws UnsupportedEncodingException {
    return answer.andReturn().getResponse().getContentAsString();
  }

  /** The answer's body as bytes (a download). */
  public static byte[] bytes(ResultActions answer) {
    return answer.andReturn().getResponse().getContentAsByteArray();
  }

  /** The value of the page's hidden {@code token} field (an import preview's confirmation). */
  public static String token(String page) {
    return page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
  }
}
