package kefu.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo group under load: page users who sign in with the login form and then read the home
 * page, the incident list, statements and the month overview, and API clients that read the
 * ledger, the staff list and the month through /api/v1 with a personal API token. Each client waits {@code load.pause} ms
 * (on average) between requests, like a person clicking through. The run fails unless p99 of all
 * requests is under {@code load.p99Ms} and no request failed.
 *
 * <p>Properties (all {@code -D…}): load.baseUrl, load.users (page users + API clients), load.apiShare
 * (percent of the clients that use the API), load.rampSeconds, load.seconds (how long each client
 * keeps going), load.pause, load.password (the demo password), load.month, load.p99Ms.
 */
public class KefuLoadSimulation extends Simulation {

  private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8185");
  private static final int USERS = Integer.getInteger("load.users", 200);
  private static final int API_SHARE = Integer.getInteger("load.apiShare", 25);
  private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 60));
  private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("load.seconds", 120));
  private static final Duration PAUSE = Duration.ofMillis(Integer.getInteger("load.pause", 5000));
  private static final String PASSWORD = System.getProperty("load.password", "kefu-demo-2026");
  private static final int P99_MS = Integer.getInteger("load.p99Ms", 100);
  private static final String MONTH =
      System.getProperty(
          "load.month", YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString());

  /** Demo logins, each with a statement it may read (its own store, or its own for staff). */
  private static final List<Map<String, Object>> PAGE_USERS =
      List.of(
          Map.of("username", "groupcs", "employee", "E205"),
          Map.of("username", "boss", "employee", "E303"),
          Map.of("username", "s01manager", "employee", "E105"),
          Map.of("username", "s01cs", "employee", "E104"),
          Map.of("username", "s02cs", "employee", "E204"),
          Map.of("username", "staff", "employee", "E104"));

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptLanguageHeader("zh-CN,zh;q=0.9")
          .acceptEncodingHeader("gzip, deflate")
          .userAgentHeader("kefu-load")
          // a redirect (to the login page, say) is a failure here, not a page served
          .disableFollowRedirect();

  private final ChainBuilder login =
      exec(
          http("login page").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")),
          http("login")
              .post("/login")
              .formParam("username", "#{username}")
              .formParam("password", PASSWORD)
              .formParam("_csrf", "#{csrf}")
              .check(status().is(302), header("Location").not(BASE + "/login?error")));

  private static ChainBuilder page(String name, String path) {
    return exec(http(name).get(path).header("Accept", "text/html").check(status().is(200)));
  }

  /** A personal API token of groupcs, made once before the run: a lookup per request, no hash. */
  private static String token;

  @Override
  public void before() {
    try {
      HttpResponse<String> created =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                      .header("Content-Type", "application/json")
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      ("groupcs:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load test\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"token\":\"(kefu_[^\"]+)\"").matcher(created.body());
      if (created.statusCode() != 201 || !m.find()) {
        throw new IllegalStateException("no API token: " + created.statusCode() + created.body());
      }
      token = m.group(1);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ChainBuilder api(String name, String path) {
    return exec(
        http(name)
            .get(path)
            .header("Accept", "application/json")
            .header("Authorization", session -> "Bearer " + token)
            .check(status().is(200)));
  }

  private final ScenarioBuilder pages =
      scenario("page users")
          .feed(listFeeder(PAGE_USERS).circular())
          .exec(login)
          .exitHereIfFailed()
          .exec(
              during(RUN)
                  .on(
                      randomSwitch()
                          .on(
                              percent(30).then(page("home page", "/")),
                              percent(30).then(page("incident list", "/incidents?month=" + MONTH)),
                              percent(30)
                                  .then(
                                      page(
                                      "statement page",
                                      "/settlements/" + MONTH + "/statements/#{employee}")),
                              percent(10).then(page("month overview", "/settlements/" + MONTH)))
                          .pause(PAUSE.dividedBy(2), PAUSE.multipliedBy(3).dividedBy(2))));

  private final ScenarioBuilder apiClients =
      scenario("API clients")
          .exec(
              during(RUN)
                  .on(
                      randomSwitch()
                          .on(
                              percent(40).then(api("api incidents", "/api/v1/incidents?month=" + MONTH)),
                              percent(30).then(api("api employees", "/api/v1/employees")),
                              percent(30).then(api("api month", "/api/v1/settlements/" + MONTH)))
                          .pause(PAUSE.dividedBy(2), PAUSE.multipliedBy(3).dividedBy(2))));

  {
    int apiClientCount = USERS * API_SHARE / 100;
    setUp(
            pages.injectOpen(rampUsers(USERS - apiClientCount).during(RAMP)),
            apiClients.injectOpen(rampUsers(apiClientCount).during(RAMP)))
        .protocols(protocol)
        .assertions(
            global().responseTime().percentile(99.0).lt(P99_MS),
            global().failedRequests().count().is(0L));
  }
}
