package kefu;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the pages and API calls of the load test cost the database per request, counted at the data
 * source: statements sent and connections taken from the pool. The bounds hold whatever the number
 * of incidents, so a query per row cannot come back unnoticed.
 */
@SpringBootTest(properties = "kefu.test.isolated=request-cost")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SqlCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestCostTest {

  static final String MONTH = "2026-08";
  static final String PASSWORD = "kefu-demo-2026";

  @Autowired MockMvc mvc;
  @Autowired SqlCounter sql;
  @Autowired JdbcClient jdbc;

  private int day = 1;

  /** A computed month with {@code perEmployee} incidents for each of three S01 employees. */
  private void month(int perEmployee) throws Exception {
    for (int n = 0; n < perEmployee; n++) {
      for (String employee : new String[] {"E104", "E105", "E107"}) {
        String json =
            """
            {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"%s",
             "occurredAt":"%s-%02dT10:00:00+08:00","note":"顾客投诉"}"""
                .formatted(employee, MONTH, 1 + day++ % 28);
        mvc.perform(json(post("/api/v1/incidents"), ADMIN, json)).andExpect(status().isCreated());
      }
    }
    mvc.perform(post("/settlements").param("month", MONTH).with(GROUP_CS).with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  /** Statements and connections one request takes, after a warm-up request. */
  private Cost cost(MockHttpServletRequestBuilder request) throws Exception {
    mvc.perform(request).andExpect(status().isOk());
    sql.reset();
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return new Cost(sql.statements(), sql.connections(), sql.log(), body);
  }

  /** What one request cost; {@code log} is the SQL sent, one statement a line. */
  record Cost(int statements, int connections, String log, String body) {
    long count(String sqlFragment) {
      return log.lines().filter(l -> l.contains(sqlFragment)).count();
    }
  }

  private final Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();

  private final Map<String, Cost> few = new HashMap<>();
  private final Map<String, Cost> many = new HashMap<>();
  private String token;

  /**
   * Costs each page with one incident per employee in the month, then again with eleven: what a
   * request costs must not grow with the incidents it shows or cites.
   */
  @BeforeAll
  void measure() throws Exception {
    String json =
        body(
            mvc.perform(
                    json(
                        post("/api/v1/tokens"),
                        httpBasic("groupcs", PASSWORD),
                        "{\"name\":\"cost\"}"))
                .andExpect(status().isCreated()));
    token = JsonPath.read(json, "$.token");
    pages.put("home staff", get("/").with(STAFF));
    pages.put("home groupcs", get("/").with(GROUP_CS));
    pages.put("home s01cs", get("/").with(S01_CS));
    pages.put("incidents s01cs", get("/incidents?month=" + MONTH).with(S01_CS));
    // staff read a month once published; the month here is recomputed as a draft
    pages.put("statement E104", get("/settlements/" + MONTH + "/statements/E104").with(S01_CS));
    pages.put("statement s01cs", get("/settlements/" + MONTH + "/statements/E105").with(S01_CS));
    pages.put("overview s01cs", get("/settlements/" + MONTH).with(S01_CS));
    pages.put("overview groupcs", get("/settlements/" + MONTH).with(GROUP_CS));
    pages.put("api incidents", api("/api/v1/incidents?month=" + MONTH));
    pages.put("api employees", api("/api/v1/employees"));
    pages.put("api settlement", api("/api/v1/settlements/" + MONTH));
    month(1);
    for (var page : pages.entrySet()) {
      few.put(page.getKey(), cost(page.getValue()));
    }
    month(10);
    for (var page : pages.entrySet()) {
      many.put(page.getKey(), cost(page.getValue()));
    }
  }

  private MockHttpServletRequestBuilder api(String url) {
    return get(url).header("Authorization", "Bearer " + token);
  }

  @Test
  void noPageOrApiCallCostsMoreWithMoreIncidents() {
    pages
        .keySet()
        .forEach(
            page ->
                assertThat(many.get(page).statements())
                    .as(page + ":\n" + many.get(page).log())
                    .isEqualTo(few.get(page).statements()));
  }

  @Test
  void theStatementPageReadsOneStatementAndItsCitedIncidentsInOneQuery() {
    Cost staff = many.get("statement E104");
    assertThat(staff.count("from settlement_statement")).as(staff.log()).isEqualTo(1);
    assertThat(staff.log()).as("only the employee's row").contains("and employee_code = ?");
    assertThat(staff.count("from incident")).as(staff.log()).isEqualTo(1);
    assertThat(staff.statements()).as(staff.log()).isLessThanOrEqualTo(13);
    // the incidents are all there, each with its note
    assertThat(staff.body().split("class=\"incident-link\"", -1)).hasSize(12);
    assertThat(staff.body().split("顾客投诉", -1)).hasSizeGreaterThanOrEqualTo(12);
    assertThat(many.get("statement s01cs").statements()).isLessThanOrEqualTo(9);
  }

  @Test
  void theHomePageLooksTheUserAndTheZoneUpOnce() {
    for (String who : List.of("home staff", "home groupcs", "home s01cs")) {
      Cost home = many.get(who);
      assertThat(home.count("from user_account")).as(who + ":\n" + home.log()).isEqualTo(1);
      assertThat(home.count("from group_settings")).as(who + ":\n" + home.log()).isEqualTo(1);
      // staff's 我的本月 works their points out so far as the month close would: their incidents,
      // their post, the adoptions (two reads) and their published statements; one read of the
      // stores whose compliance work is tracked, for the reminders; and, for the others, one count
      // for the complaint to-dos (escalations and explanations in one statement)
      int budget = who.equals("home staff") ? 13 : 10;
      assertThat(home.statements()).as(who + ":\n" + home.log()).isLessThanOrEqualTo(budget);
      // the compliance reminders read the tracked stores with a connection of their own
      // and the complaint to-dos their own
      assertThat(home.connections()).as(who).isLessThanOrEqualTo(8);
    }
  }

  @Test
  void theEmployeeListReadsTheZoneOnceNotPerEmployee() {
    Cost employees = many.get("api employees");
    assertThat(employees.count("from group_settings")).as(employees.log()).isEqualTo(1);
    // posts and pay histories load in one batch each, whatever the number of employees
    assertThat(employees.statements()).as(employees.log()).isLessThanOrEqualTo(7);
  }

  @Test
  void listsAndOverviewsStayWithinAHandfulOfStatements() {
    // three more than a plain list: the count for the pager, the employees' names, and the page's
    // ids found apart from its rows (a deep page then skips index entries, not table rows)
    assertThat(many.get("incidents s01cs").statements())
        .as(many.get("incidents s01cs").log())
        .isLessThanOrEqualTo(10);
    assertThat(many.get("overview s01cs").statements()).isLessThanOrEqualTo(9);
    // those who publish also see the draft's pending appeals
    assertThat(many.get("overview groupcs").statements()).isLessThanOrEqualTo(9);
    // with the names of the employees and of the stores, and the ids found apart from the rows
    assertThat(many.get("api incidents").statements())
        .as(many.get("api incidents").log())
        .isLessThanOrEqualTo(8);
    assertThat(many.get("api settlement").statements()).isLessThanOrEqualTo(7);
  }

  @Test
  void theHomePagesCountOfPendingAppealsUsesAnIndex() {
    String plan =
        jdbc.sql(
                "explain select count(*) from incident where appeal_status = 'PENDING'"
                    + " and status = 'RECORDED' and store_code = 'S01'")
            .query(String.class)
            .single();
    assertThat(plan.toLowerCase()).contains("incident_appeal");
  }
}
