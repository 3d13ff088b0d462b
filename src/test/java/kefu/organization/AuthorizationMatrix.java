package kefu.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
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

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final AtomicInteger MOVES = new AtomicInteger();

  record Case(
      String name,
      Function<Role, MockHttpServletRequestBuilder> request,
      Map<Role, Integer> expect) {
    Case(String name, Supplier<MockHttpServletRequestBuilder> request, Map<Role, Integer> expect) {
      this(name, role -> request.get(), expect);
    }
  }

  static Map<Role, Integer> expect(
      int admin, int groupCs, int exec, int storeMgr, int csMgr, int staff) {
    Map<Role, Integer> m = new EnumMap<>(Role.class);
    m.put(Role.ADMIN, admin);
    m.put(Role.GROUP_CS, groupCs);
    m.put(Role.EXECUTIVE, exec);
    m.put(Role.STORE_MANAGER, storeMgr);
    m.put(Role.CS_MANAGER, csMgr);
    m.put(Role.STAFF, staff);
    return m;
  }

  static Map<Role, Integer> all(int status) {
    return expect(status, status, status, status, status, status);
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  static String employee(String store) {
    int n = SEQ.incrementAndGet();
    return """
        {"code":"M%04d","name":"矩阵%d","storeCode":"%s","position":"CS_AGENT",
         "level":"JUNIOR","hiredOn":"2025-06-01","baseSalary":3000.00}"""
        .formatted(n, n, store);
  }

  static String assignment(String store) {
    int n = SEQ.incrementAndGet();
    // consecutive calls never repeat a post, so each successful call is a real change
    String position =
        List.of("SUPERVISOR", "FRONT_DESK", "CS_AGENT").get(MOVES.getAndIncrement() % 3);
    return """
        {"storeCode":"%s","position":"%s","from":"%s"}"""
        .formatted(store, position, LocalDate.of(2026, 1, 1).plusDays(n));
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // API: stores
    c.add(new Case("GET stores", () -> get("/api/v1/stores"), all(200)));
    c.add(
        new Case(
            "POST store",
            () ->
                json(
                    post("/api/v1/stores"),
                    "{\"code\":\"X" + SEQ.incrementAndGet() + "\",\"name\":\"新店\"}"),
            expect(201, 201, 403, 403, 403, 403)));
    c.add(
        new Case(
            "GET other store S02",
            () -> get("/api/v1/stores/S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(new Case("GET own store S01", () -> get("/api/v1/stores/S01"), all(200)));
    // API: employees
    c.add(new Case("GET employees", () -> get("/api/v1/employees"), all(200)));
    c.add(
        new Case(
            "GET S02 employee by id",
            () -> get("/api/v1/employees/E201"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "GET S01 colleague",
            () -> get("/api/v1/employees/E105"),
            expect(200, 200, 200, 200, 200, 404)));
    c.add(new Case("GET own record", () -> get("/api/v1/employees/E104"), all(200)));
    c.add(
        new Case(
            "POST employee in S01",
            () -> json(post("/api/v1/employees"), employee("S01")),
            expect(201, 201, 403, 201, 201, 403)));
    c.add(
        new Case(
            "POST employee in S02",
            () -> json(post("/api/v1/employees"), employee("S02")),
            expect(201, 201, 403, 403, 403, 403)));
    c.add(
        new Case(
            "PUT S02 employee",
            () ->
                json(
                    put("/api/v1/employees/E206"),
                    """
                    {"code":"E206","name":"朱琳","storeCode":"S02","position":"CS_AGENT",
                     "level":"JUNIOR","hiredOn":"2025-04-10","baseSalary":2700.00}"""),
            expect(200, 200, 403, 404, 404, 404)));
    c.add(
        new Case(
            "POST assignment within S01",
            () -> json(post("/api/v1/employees/E106/assignments"), assignment("S01")),
            expect(201, 201, 403, 201, 201, 404)));
    c.add(
        new Case(
            "POST assignment of an S02 employee",
            () -> json(post("/api/v1/employees/E205/assignments"), assignment("S02")),
            expect(201, 201, 403, 404, 404, 404)));
    Map<Role, String> mover =
        Map.of(
            Role.ADMIN,
            "E107",
            Role.GROUP_CS,
            "E108",
            Role.EXECUTIVE,
            "E105",
            Role.STORE_MANAGER,
            "E105",
            Role.CS_MANAGER,
            "E105",
            Role.STAFF,
            "E104");
    c.add(
        new Case(
            "POST transfer S01 → S02",
            role ->
                json(
                    post("/api/v1/employees/" + mover.get(role) + "/assignments"),
                    assignment("S02")),
            expect(201, 201, 403, 403, 403, 403)));
    // Web pages
    c.add(new Case("home page with its cards and to-dos", () -> get("/"), all(200)));
    c.add(new Case("page stores", () -> get("/stores"), all(200)));
    c.add(new Case("page employees", () -> get("/employees"), all(200)));
    c.add(
        new Case(
            "page S02 employee",
            () -> get("/employees/E201"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "page S02 employee list filter",
            () -> get("/employees?storeCode=S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "page new employee",
            () -> get("/employees/new"),
            expect(200, 200, 403, 200, 200, 403)));
    c.add(
        new Case(
            "page edit S02 employee",
            () -> get("/employees/E202/edit"),
            expect(200, 200, 403, 404, 404, 403)));
    c.add(
        new Case(
            "page import", () -> get("/employees/import"), expect(200, 200, 403, 200, 200, 403)));
    c.add(new Case("export employees", () -> get("/employees/export.xlsx"), all(200)));
    c.add(
        new Case(
            "export S02 employees",
            () -> get("/employees/export.xlsx?storeCode=S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "page edit own store S01",
            () -> get("/stores/S01/edit"),
            expect(200, 200, 403, 200, 200, 403)));
    c.add(
        new Case(
            "page edit S02 store",
            () -> get("/stores/S02/edit"),
            expect(200, 200, 403, 404, 404, 404)));
    c.add(
        new Case("metrics", () -> get("/actuator/metrics"), expect(200, 403, 403, 403, 403, 403)));
    c.add(new Case("OpenAPI document", () -> get("/v3/api-docs"), all(200)));
    c.add(new Case("page API tokens", () -> get("/account/tokens"), all(200)));
    c.add(new Case("GET own API tokens", () -> get("/api/v1/tokens"), all(200)));
    c.add(
        new Case(
            "POST API token",
            () -> json(post("/api/v1/tokens"), "{\"name\":\"matrix\"}"),
            all(201)));
    c.add(
        new Case(
            "DELETE someone else's API token", () -> delete("/api/v1/tokens/999999"), all(404)));
    c.add(new Case("page users", () -> get("/admin/users"), expect(200, 403, 403, 403, 403, 403)));
    c.add(new Case("page audit", () -> get("/admin/audit"), expect(200, 403, 403, 403, 403, 403)));
    c.add(
        new Case(
            "page settings", () -> get("/admin/settings"), expect(200, 403, 403, 403, 403, 403)));
    c.add(new Case("page own password", () -> get("/account/password"), all(200)));
    c.add(
        new Case(
            "form create store",
            () ->
                post("/stores")
                    .with(csrf())
                    .param("code", "W" + SEQ.incrementAndGet())
                    .param("name", "网店"),
            expect(302, 302, 403, 403, 403, 403)));
    c.add(
        new Case(
            "inline rename of S02",
            () -> put("/stores/S02").with(csrf()).param("name", "二店"),
            expect(200, 200, 403, 404, 404, 404)));
    regulationCases(c);
    return c;
  }

  /** The policy packs, the incident ledger and the month close. */
  static void regulationCases(List<Case> c) {
    // policy packs: everyone may read what governs them; only group administrators adopt
    c.add(new Case("GET policy packs", () -> get("/api/v1/policy-packs"), all(200)));
    c.add(
        new Case(
            "POST adoption",
            () ->
                json(
                    post("/api/v1/policy-packs/group-cs-2010/adoptions"),
                    "{\"effectiveFrom\":\"2027-01-01\",\"storeCodes\":[\"S02\"]}"),
            expect(201, 201, 403, 403, 403, 403)));
    c.add(new Case("page policy", () -> get("/policy"), expect(200, 200, 200, 403, 403, 403)));
    c.add(
        new Case(
            "page policy edit",
            () -> get("/policy/packs/group-cs-2010/edit"),
            expect(200, 200, 403, 403, 403, 403)));
    // the ledger
    c.add(
        new Case(
            "POST incident in S01",
            () -> json(post("/api/v1/incidents"), incident("S01", "E105")),
            expect(201, 201, 403, 201, 201, 403)));
    c.add(
        new Case(
            "POST incident in S02",
            () -> json(post("/api/v1/incidents"), incident("S02", "E204")),
            expect(201, 201, 403, 403, 403, 403)));
    c.add(new Case("GET incidents", () -> get("/api/v1/incidents?month=2026-07"), all(200)));
    c.add(
        new Case(
            "GET S02 incidents",
            () -> get("/api/v1/incidents?month=2026-07&storeCode=S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "GET incidents, a page",
            () -> get("/api/v1/incidents?month=2026-07&page=0&size=10&appealPending=true"),
            all(200)));
    c.add(
        new Case(
            "GET incidents, a page too large",
            () -> get("/api/v1/incidents?month=2026-07&size=501"),
            all(400)));
    c.add(new Case("page incidents", () -> get("/incidents?month=2026-07"), all(200)));
    c.add(
        new Case(
            "page incidents, filtered and paged",
            () -> get("/incidents?month=2026-07&employee=E105&status=RECORDED&page=1&size=5"),
            // staff asking for someone else's incidents: not found, as for the API
            expect(200, 200, 200, 200, 200, 404)));
    c.add(
        new Case(
            "page record incident",
            () -> get("/incidents/new"),
            expect(200, 200, 403, 200, 200, 403)));
    // the month close: group administrators compute and publish, everyone reads within scope
    c.add(
        new Case(
            "POST settlement",
            () -> json(post("/api/v1/settlements"), "{\"month\":\"2026-07\"}"),
            expect(201, 200, 403, 403, 403, 403)));
    c.add(new Case("GET settlement", () -> get("/api/v1/settlements/2026-07"), all(200)));
    c.add(
        new Case(
            "POST publish of a month never computed",
            () -> post("/api/v1/settlements/2026-06/publish"),
            expect(404, 404, 403, 403, 403, 403)));
    c.add(new Case("page settlements", () -> get("/settlements"), all(200)));
    c.add(new Case("page month overview", () -> get("/settlements/2026-07"), all(200)));
    c.add(
        new Case(
            "page S02 month overview",
            () -> get("/settlements/2026-07?storeCode=S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "export S02 month",
            () -> get("/settlements/2026-07/export.xlsx?storeCode=S02"),
            expect(200, 200, 200, 404, 404, 404)));
    c.add(
        new Case(
            "page S02 statement",
            () -> get("/settlements/2026-07/statements/E204"),
            expect(200, 200, 200, 404, 404, 404)));
  }

  static String incident(String store, String employee) {
    int day = 1 + SEQ.incrementAndGet() % 28;
    return """
        {"type":"ATTITUDE_COMPLAINT","storeCode":"%s","employeeCode":"%s",
         "occurredAt":"2026-07-%02dT10:00:00+08:00"}"""
        .formatted(store, employee, day);
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryRole() {
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
                                    result.andExpect(
                                        content()
                                            .string(
                                                org.hamcrest.Matchers.not(
                                                    org.hamcrest.Matchers.containsString("周婷"))));
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
                          .andExpect(
                              content()
                                  .string(
                                      org.hamcrest.Matchers.not(
                                          org.hamcrest.Matchers.containsString("\"S02\""))))
                          .andExpect(
                              content()
                                  .string(
                                      org.hamcrest.Matchers.not(
                                          org.hamcrest.Matchers.containsString("\"S03\""))));
                      mvc.perform(get("/api/v1/stores").with(as))
                          .andExpect(status().isOk())
                          .andExpect(
                              content()
                                  .string(
                                      org.hamcrest.Matchers.not(
                                          org.hamcrest.Matchers.containsString("S02"))));
                      mvc.perform(get("/employees").with(as))
                          .andExpect(status().isOk())
                          .andExpect(
                              content()
                                  .string(
                                      org.hamcrest.Matchers.not(
                                          org.hamcrest.Matchers.containsString("周婷"))));
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
