package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API path the application maps, read from the handler mapping (so a new page is
 * covered without touching this test), asked for with broken path variables and broken query values
 * by every role: the answer is never a 500, never a container's or framework's error page, never a
 * Java message or stack trace. A page answers the application's own error page in the user's
 * language, the API an RFC 9457 problem.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kefu.admin-password=admin-test-pw")
@ActiveProfiles("test")
class MalformedUrlsTest {

  /** The demo logins, one per role. */
  private static final Map<String, String> LOGINS =
      Map.of(
          "admin", "admin-test-pw",
          "groupcs", "kefu-demo-2026",
          "boss", "kefu-demo-2026",
          "s01manager", "kefu-demo-2026",
          "s01cs", "kefu-demo-2026",
          "staff", "kefu-demo-2026");

  /** Path variables no route accepts: bad escapes, words for numbers, impossible months. */
  private static final List<String> BROKEN_VARIABLES =
      List.of("%ZZ", "abc", "-1", "99999999999999999999", "2026-13", "%E6%97%A0");

  /** Query values no parameter accepts. */
  private static final List<String> BROKEN_VALUES = List.of("x", "-1", "%ZZ", "2026-13");

  /** A value of each path variable that names something in the demo group. */
  private static final Map<String, String> GOOD_VARIABLES =
      Map.of(
          "code", "E104",
          "employeeCode", "E104",
          "storeCode", "S01",
          "id", "1",
          "month", "2026-11",
          "packId", "group-cs-2010",
          "version", "1");

  /** What no answer shows: the container's or framework's own pages, Java text, a trace. */
  private static final List<String> LEAKS =
      List.of(
          "Whitelabel",
          "Apache Tomcat",
          "HTTP Status",
          "Exception",
          "java.lang",
          "at kefu.",
          "Failed to convert",
          "Required parameter",
          "Type mismatch",
          "NumberFormat");

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: (JSESSIONID=[^;]+)");

  @LocalServerPort int port;
  @Autowired MessageSource messages;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Answer(int status, String head, String body) {}

  /** A logged-in browser session, and an API token of the same user. */
  record Login(String session, String token) {}

  @Test
  void everyRoleGetsTheApplicationsOwnAnswerForEveryBrokenUrl() throws IOException {
    Map<String, Boolean> urls = brokenUrls();
    assertThat(urls).hasSizeGreaterThan(100);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> login : LOGINS.entrySet()) {
      Login session = logIn(login.getKey(), login.getValue());
      for (Map.Entry<String, Boolean> url : urls.entrySet()) {
        Answer a = get(url.getKey(), session, null);
        String problem = judge(url.getKey(), a, Locale.SIMPLIFIED_CHINESE);
        if (problem == null && url.getValue() && a.status() != 400 && a.status() != 403) {
          problem = "accepted (status " + a.status() + ") a value that does not convert";
        }
        if (problem != null) {
          failures.add(login.getKey() + " GET " + url.getKey() + ": " + problem);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void theErrorPageSpeaksEnglishWhenEnglishIsChosen() throws IOException {
    Login session = logIn("groupcs", LOGINS.get("groupcs"));
    Answer notFound = get("/incidents/abc", session, "en");
    assertThat(notFound.status()).isEqualTo(400);
    assertThat(notFound.body()).contains(text("error.400.title", Locale.ENGLISH));
    Answer unknown = get("/employees/NOBODY", session, "en");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains(text("error.404.title", Locale.ENGLISH));
    Answer badMonth = get("/settlements/2026-13", session, null);
    assertThat(badMonth.status()).isEqualTo(400);
    assertThat(badMonth.body()).contains(text("error.400.title", Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void theApiNamesTheBrokenParameterInTheCallersLanguage() throws IOException {
    Login session = logIn("groupcs", LOGINS.get("groupcs"));
    Answer page = get("/api/v1/incidents?month=x", session, null);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.head()).containsIgnoringCase("application/problem+json");
    assertThat(page.body()).contains("\"field\":\"month\"");
    Answer english = get("/api/v1/incidents?month=x", session, "en");
    assertThat(english.body()).doesNotContain(text("problem.badValue", Locale.SIMPLIFIED_CHINESE));
  }

  /** Null when the answer is the application's own, else what is wrong with it. */
  private String judge(String url, Answer a, Locale locale) {
    if (a.status() >= 500 || a.status() == 0) {
      return "status " + a.status();
    }
    for (String leak : LEAKS) {
      if (a.body().contains(leak)) {
        return "shows \"" + leak + "\" (status " + a.status() + ")";
      }
    }
    if (a.status() < 400) {
      return null;
    }
    if (url.startsWith("/api/")) {
      return a.head().toLowerCase(Locale.ROOT).contains("application/problem+json")
          ? null
          : "API answer " + a.status() + " is not a problem document";
    }
    String title = text("error." + a.status() + ".title", locale);
    return a.body().contains(title)
        ? null
        : "status " + a.status() + " without the application's own error page";
  }

  /**
   * Every GET route of the application with broken variables, and with broken query values; true
   * where the value must be refused (400): a word for a typed parameter (a number, a date, a month,
   * a code from a list), a negative page.
   */
  private Map<String, Boolean> brokenUrls() {
    Map<String, Boolean> urls = new LinkedHashMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = e.getKey();
      HandlerMethod method = e.getValue();
      Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
      if (!method.getBeanType().getName().startsWith("kefu.")
          || !(verbs.isEmpty() || verbs.contains(RequestMethod.GET))
          || info.getPathPatternsCondition() == null) {
        continue;
      }
      Map<String, Class<?>> params = queryParameters(method);
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        List<String> variables = variables(pattern);
        for (String variable : variables) {
          for (String broken : BROKEN_VARIABLES) {
            urls.putIfAbsent(fill(pattern, variable, broken), false);
          }
        }
        String good = fill(pattern, null, null);
        for (Map.Entry<String, Class<?>> param : params.entrySet()) {
          boolean typed = param.getValue() != String.class && param.getValue() != boolean.class;
          for (String broken : BROKEN_VALUES) {
            urls.putIfAbsent(
                good + "?" + param.getKey() + "=" + broken, typed && broken.equals("x"));
          }
        }
        urls.put(good + "?page=-1", params.containsKey("page"));
      }
    }
    return urls;
  }

  private static Map<String, Class<?>> queryParameters(HandlerMethod method) {
    Map<String, Class<?>> names = new LinkedHashMap<>();
    for (MethodParameter p : method.getMethodParameters()) {
      RequestParam rp = p.getParameterAnnotation(RequestParam.class);
      if (rp != null && !p.getParameterType().getName().contains("MultipartFile")) {
        String name = !rp.name().isEmpty() ? rp.name() : rp.value();
        names.put(name.isEmpty() ? p.getParameterName() : name, p.getParameterType());
      }
    }
    return names;
  }

  private static List<String> variables(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\\*?(\\w+)(:[^}]*)?}").matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The pattern with {@code variable} set to {@code value} and every other one to a good value. */
  private static String fill(String pattern, String variable, String value) {
    Matcher m = Pattern.compile("\\{\\*?(\\w+)(:[^}]*)?}").matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String v = name.equals(variable) ? value : GOOD_VARIABLES.getOrDefault(name, "1");
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Login logIn(String username, String password) throws IOException {
    Answer form = send("GET", "/login", null, null, null, null);
    String cookie = cookie(form, null);
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).as("login form has a CSRF token").isTrue();
    String body =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    Answer done = send("POST", "/login", cookie, null, null, body);
    assertThat(done.status()).as("login of " + username).isEqualTo(302);
    assertThat(done.head()).doesNotContain("error");
    String session = cookie(done, cookie);
    Answer tokens = send("GET", "/account/tokens", session, null, null, null);
    Matcher pageCsrf = CSRF.matcher(tokens.body());
    assertThat(pageCsrf.find()).isTrue();
    Answer made =
        send(
            "POST",
            "/account/tokens",
            session,
            null,
            null,
            "name=urls-"
                + System.nanoTime()
                + "&_csrf="
                + URLEncoder.encode(pageCsrf.group(1), StandardCharsets.UTF_8));
    assertThat(made.status()).isEqualTo(302);
    Matcher secret =
        Pattern.compile("id=\"secret\"[^>]*value=\"([^\"]+)\"")
            .matcher(send("GET", "/account/tokens", session, null, null, null).body());
    assertThat(secret.find()).as("the new token is shown once").isTrue();
    return new Login(session, secret.group(1));
  }

  private static String cookie(Answer a, String previous) {
    Matcher m = SESSION.matcher(a.head());
    return m.find() ? m.group(1) : previous;
  }

  /** A page with the session, an API path with the token. */
  private Answer get(String path, Login login, String lang) throws IOException {
    return path.startsWith("/api/")
        ? send("GET", path, null, login.token(), lang, null)
        : send("GET", path, login.session(), null, lang, null);
  }

  /**
   * A request written by hand: a URL with a broken escape cannot even be built as a {@code
   * java.net.URI}, yet a browser sends it as typed.
   */
  private Answer send(
      String verb, String path, String session, String token, String lang, String form)
      throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder();
      request.append(verb).append(' ').append(path).append(" HTTP/1.1\r\n");
      request.append("Host: localhost:").append(port).append("\r\n");
      request.append("Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n");
      request.append("Connection: close\r\n");
      if (token != null) {
        request.append("Authorization: Bearer ").append(token).append("\r\n");
      }
      List<String> cookies = new ArrayList<>();
      if (session != null) {
        cookies.add(session);
      }
      if (lang != null) {
        cookies.add("kefu-lang=" + lang);
      }
      if (!cookies.isEmpty()) {
        request.append("Cookie: ").append(String.join("; ", cookies)).append("\r\n");
      }
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      if (form != null) {
        request.append("Content-Type: application/x-www-form-urlencoded\r\n");
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String rest = split < 0 ? "" : text.substring(split + 4);
      String[] statusLine = head.split(" ", 3);
      int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
      return new Answer(status, head, rest);
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
