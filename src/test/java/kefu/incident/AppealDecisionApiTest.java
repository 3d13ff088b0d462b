package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who decides an appeal, over the API, role by role with the demo logins: never the recorder or the
 * person concerned (422 naming why and who decides instead), one level above both. And staff see
 * and appeal only their own incidents.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AppealDecisionApiTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor GROUP_CS = user("groupcs").roles("GROUP_CS");
  static final RequestPostProcessor EXECUTIVE = user("boss").roles("EXECUTIVE");
  static final RequestPostProcessor STORE_MANAGER = user("s01manager").roles("STORE_MANAGER");
  static final RequestPostProcessor CS_MANAGER = user("s01cs").roles("CS_MANAGER");
  static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

  /** A minute of June 2026 of its own for each incident, so tests never share one. */
  static final AtomicInteger MINUTE = new AtomicInteger();

  @Autowired MockMvc mvc;

  @Test
  void theCsManagerWhoRecordedItIsRefusedAndTheStoreManagerDecides() throws Exception {
    long id = appealed(CS_MANAGER, "E104");

    decide(id, CS_MANAGER)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("此事件由您登记，您不能处理它的申诉"))
        .andExpect(jsonPath("$.errors[0].field").value("decider"))
        .andExpect(jsonPath("$.errors[1].field").value("decidedBy"))
        .andExpect(
            jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("店长")));
    decide(id, STORE_MANAGER)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appealStatus").value("UPHELD"));
  }

  @Test
  void theStoreManagersOwnCaseGoesToGroupCs() throws Exception {
    long id = appealed(CS_MANAGER, "E101");

    decide(id, STORE_MANAGER)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("此事件涉及您本人，您不能处理它的申诉"));
    decide(id, CS_MANAGER).andExpect(status().isUnprocessableContent());
    decide(id, GROUP_CS).andExpect(status().isOk());
  }

  @Test
  void theCsManagersOwnCaseIsNotTheirsToDecide() throws Exception {
    long id = appealed(STORE_MANAGER, "E102");

    // recorded by the store manager: above them, group CS
    decide(id, CS_MANAGER).andExpect(status().isUnprocessableContent());
    decide(id, STORE_MANAGER).andExpect(status().isUnprocessableContent());
    decide(id, ADMIN).andExpect(status().isOk());
  }

  @Test
  void whatGroupCsRecordedGoesToAnAdministratorOrAnotherGroupCsUser() throws Exception {
    long id = appealed(GROUP_CS, "E104");

    decide(id, GROUP_CS)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("管理员")));
    decide(id, STORE_MANAGER).andExpect(status().isUnprocessableContent());
    decide(id, ADMIN).andExpect(status().isOk());
  }

  @Test
  void staffAndExecutivesDecideNothing() throws Exception {
    long id = appealed(CS_MANAGER, "E104");

    decide(id, STAFF).andExpect(status().isForbidden());
    decide(id, EXECUTIVE).andExpect(status().isForbidden());
    // nothing was decided
    mvc.perform(get("/api/v1/incidents/" + id).with(ADMIN))
        .andExpect(jsonPath("$.appealStatus").value("PENDING"));
  }

  @Test
  void staffSeeAndAppealOnlyTheirOwnIncidents() throws Exception {
    long own = recorded(CS_MANAGER, "E104");
    long colleagues = recorded(CS_MANAGER, "E105");

    String list =
        mvc.perform(get("/api/v1/incidents?month=2026-06&storeCode=S01").with(STAFF))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> employees = JsonPath.read(list, "$[*].employeeCode");
    List<Integer> ids = JsonPath.read(list, "$[*].id");
    assertThat(employees).isNotEmpty().containsOnly("E104");
    assertThat(ids).contains((int) own).doesNotContain((int) colleagues);
    mvc.perform(get("/api/v1/incidents?month=2026-06&employeeCode=E105").with(STAFF))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/incidents/" + colleagues).with(STAFF))
        .andExpect(status().isNotFound());
    mvc.perform(get("/incidents/" + colleagues).with(STAFF)).andExpect(status().isNotFound());
    send("/api/v1/incidents/" + colleagues + "/appeal", STAFF, "{\"reason\":\"不是我\"}")
        .andExpect(status().isNotFound());
    send("/api/v1/incidents/" + own + "/appeal", STAFF, "{\"reason\":\"顾客误会\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appealStatus").value("PENDING"));
  }

  /** An incident of June 2026 in S01 concerning {@code employee}, recorded by {@code as}. */
  private long recorded(RequestPostProcessor as, String employee) throws Exception {
    int minute = MINUTE.incrementAndGet();
    String body =
        send(
                "/api/v1/incidents",
                as,
                """
                {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"%s",
                 "occurredAt":"2026-06-%02dT%02d:%02d:00+08:00"}"""
                    .formatted(employee, 1 + minute / 600 % 28, 8 + minute / 60 % 10, minute % 60))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  /**
   * As {@link #recorded}, with an appeal pending (lodged by a manager on the employee's behalf).
   */
  private long appealed(RequestPostProcessor as, String employee) throws Exception {
    long id = recorded(as, employee);
    send("/api/v1/incidents/" + id + "/appeal", ADMIN, "{\"reason\":\"当事人有异议\"}")
        .andExpect(status().isOk());
    return id;
  }

  private ResultActions decide(long id, RequestPostProcessor as) throws Exception {
    return send(
        "/api/v1/incidents/" + id + "/appeal/decision",
        as,
        "{\"grant\":false,\"reason\":\"核实无误\"}");
  }

  private ResultActions send(String path, RequestPostProcessor as, String json) throws Exception {
    return mvc.perform(post(path).with(as).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
