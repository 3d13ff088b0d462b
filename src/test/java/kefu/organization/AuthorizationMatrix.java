package kefu.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import kefu.Web;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint × every role, including store users asking for another store's records by id. Runs
 * against H2 and against PostgreSQL (see the two subclasses). Expected answers come from the role
 * table in the README; "never the data" means 403 or 404 and no body of the other store.
 */
abstract class AuthorizationMatrix {

  @Autowired MockMvc mvc;

  /** The demo logins, one per role; S01 is the store of the store-scoped ones and of staff. */
  static final Map<Role, String> LOGINS =
      new EnumMap<>(
          Map.of(
              Role.ADMIN, "admin",
              Role.GROUP_CS, "groupcs",
              Role.EXECUTIVE, "boss",
              Role.STORE_MANAGER, "s01manager",
              Role.CS_MANAGER, "s01cs",
              Role.STAFF, "staff"));

  /** The matrix's status columns: every role, in the order the enum declares them. */
  static final List<Role> COLUMNS = List.of(Role.values());

  /** Whom each role tries to move from S01 to S02 (the others try E105). */
  static final Map<Role, String> MOVERS =
      Map.of(Role.ADMIN, "E107", Role.GROUP_CS, "E108", Role.STAFF, "E104");

  static final List<String> POSTS = List.of("SUPERVISOR", "FRONT_DESK", "CS_AGENT");

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final AtomicInteger MOVES = new AtomicInteger();

  record Case(
      String name,
      Function<Role, MockHttpServletRequestBuilder> request,
      Map<Role, Integer> expect) {}

  /** The rows of {@code authorization-matrix.csv}, in order (its first lines explain the form). */
  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : matrix()) {
      String[] cell = line.split("\\|", 3);
      String[] statuses = cell[0].trim().split(" +");
      Map<Role, Integer> expect = new EnumMap<>(Role.class);
      for (int i = 0; i < COLUMNS.size(); i++) {
        expect.put(COLUMNS.get(i), Integer.valueOf(statuses[i]));
      }
      String request = cell[2].trim();
      cases.add(new Case(cell[1].trim(), role -> requestAsWritten(filled(request, role)), expect));
    }
    return cases;
  }

  private static List<String> matrix() throws IOException {
    try (InputStream in =
        AuthorizationMatrix.class.getResourceAsStream("authorization-matrix.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }

  /** The request with its placeholders filled in for the role: one fresh number per request. */
  static String filled(String request, Role role) {
    if (!request.contains("${")) {
      return request;
    }
    int n = SEQ.incrementAndGet();
    String filled =
        request
            .replace("${n4}", "%04d".formatted(n))
            .replace("${n}", String.valueOf(n))
            .replace("${day}", "%02d".formatted(1 + n % 28))
            .replace("${from}", LocalDate.of(2026, 1, 1).plusDays(n).toString())
            .replace("${mover}", MOVERS.getOrDefault(role, "E105"));
    if (filled.contains("${post}")) {
      filled = filled.replace("${post}", POSTS.get(MOVES.getAndIncrement() % POSTS.size()));
    }
    return filled;
  }

  /** {@code [FORM] METHOD path [body]}: a JSON body for the API, form fields for a page. */
  static MockHttpServletRequestBuilder requestAsWritten(String written) {
    boolean form = written.startsWith("FORM ");
    String[] part = (form ? written.substring("FORM ".length()) : written).split(" ", 3);
    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(part[0]), part[1]);
    if (form) {
      request.with(csrf());
      if (part.length == 3) {
        Web.fields(part[2]).forEach(request::param);
      }
    } else if (part.length == 3) {
      request.contentType(MediaType.APPLICATION_JSON).content(part[2]);
    }
    return request;
  }

  /** The answer does not contain the text. */
  static ResultMatcher without(String text) {
    return content().string(not(containsString(text)));
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryRole() throws IOException {
    return cases().stream()
        .flatMap(
            c ->
                c.expect().entrySet().stream()
                    .map(
                        e ->
                            DynamicTest.dynamicTest(
                                c.name() + " as " + e.getKey() + " → " + e.getValue(),
                                () -> {
                                  var result =
                                      mvc.perform(
                                              c.request()
                                                  .apply(e.getKey())
                                                  .with(
                                                      user(LOGINS.get(e.getKey()))
                                                          .roles(e.getKey().name())))
                                          .andExpect(status().is(e.getValue()));
                                  if (e.getValue() >= 400) {
                                    // never the data: no other store's employee names leak
                                    result.andExpect(without("周婷"));
                                  }
                                })));
  }

  @TestFactory
  Stream<DynamicTest> storeUsersSeeOnlyTheirStoreInLists() {
    return Stream.of(Role.STORE_MANAGER, Role.CS_MANAGER, Role.STAFF)
        .map(
            role ->
                DynamicTest.dynamicTest(
                    role + " lists",
                    () -> {
                      var as = user(LOGINS.get(role)).roles(role.name());
                      mvc.perform(get("/api/v1/employees").with(as))
                          .andExpect(status().isOk())
                          .andExpect(without("\"S02\""))
                          .andExpect(without("\"S03\""));
                      mvc.perform(get("/api/v1/stores").with(as))
                          .andExpect(status().isOk())
                          .andExpect(without("S02"));
                      mvc.perform(get("/employees").with(as))
                          .andExpect(status().isOk())
                          .andExpect(without("周婷"));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> anonymousCallersAreTurnedAway() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "API answers 401 problem",
            () ->
                mvc.perform(get("/api/v1/employees"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))),
        DynamicTest.dynamicTest(
            "pages redirect to login",
            () ->
                mvc.perform(get("/employees").accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())),
        DynamicTest.dynamicTest(
            "health is public",
            () -> mvc.perform(get("/actuator/health")).andExpect(status().isOk())),
        DynamicTest.dynamicTest(
            "metrics need a login",
            () -> mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized())),
        DynamicTest.dynamicTest(
            "the OpenAPI document needs a login",
            () -> mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized())),
        DynamicTest.dynamicTest(
            "Swagger UI sends browsers to the login",
            () ->
                mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"))),
        DynamicTest.dynamicTest(
            "an unknown bearer token is refused with a problem",
            () ->
                mvc.perform(get("/api/v1/employees").header("Authorization", "Bearer kefu_unknown"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))));
  }
}
