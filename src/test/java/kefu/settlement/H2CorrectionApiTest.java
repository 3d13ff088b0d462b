package kefu.settlement;

import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Corrections of a published month through the API: they name a real employee and real incidents,
 * and one for someone who has since left still settles, under the store they were last in. The
 * class has a database of its own because it adds a leaver to the demo group.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:corrections;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class H2CorrectionApiTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired MockMvc mvc;

  @Test
  void aCorrectionForAnEmployeeWithoutAPostInThatMonthIsRefusedOnEmployeeCode() throws Exception {
    published("2026-02");
    send(
            "/api/v1/employees",
            """
            {"code":"E902","name":"新员工","storeCode":"S01","position":"CS_AGENT",
             "level":"JUNIOR","hiredOn":"2026-05-04","baseSalary":3000.00}""")
        .andExpect(status().isCreated());

    for (String stranger : List.of("E999", "E902")) {
      correct("2026-02", "{\"employeeCode\":\"" + stranger + "\",\"fine\":10,\"note\":\"补罚\"}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    }
    // nothing was stored: the next month still computes and publishes
    send("/api/v1/settlements", "{\"month\":\"2026-03\"}").andExpect(status().is2xxSuccessful());
  }

  @Test
  void aCorrectionCitingAnIncidentThatDoesNotExistIsRefusedOnIncidentIds() throws Exception {
    published("2026-02");
    // an unknown id is refused on the list; a null in it, on the element itself
    for (String[] ids :
        List.of(
            new String[] {"[999999]", "incidentIds"}, new String[] {"[null]", "incidentIds[0]"})) {
      correct(
              "2026-02",
              "{\"employeeCode\":\"E104\",\"fine\":-10,\"incidentIds\":"
                  + ids[0]
                  + ",\"note\":\"撤销\"}")
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(ids[1]));
    }
  }

  @Test
  void aCorrectionForSomeoneWhoHasLeftSettlesUnderTheStoreTheyWereLastIn() throws Exception {
    send(
            "/api/v1/employees",
            """
            {"code":"E901","name":"离职员工","storeCode":"S01","position":"CS_AGENT",
             "level":"JUNIOR","hiredOn":"2026-01-05","leftOn":"2026-04-30","baseSalary":3000.00}""")
        .andExpect(status().isCreated());
    send(
            "/api/v1/employees/E901/assignments",
            "{\"storeCode\":\"S02\",\"position\":\"CS_AGENT\",\"from\":\"2026-04-01\"}")
        .andExpect(status().isCreated());
    long mismatch =
        id(
            send(
                    "/api/v1/incidents",
                    """
                    {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S02","employeeCode":"E901",
                     "occurredAt":"2026-04-08T10:00:00+08:00"}""")
                .andExpect(status().isCreated()));
    published("2026-04");

    correct(
            "2026-04",
            "{\"employeeCode\":\"E901\",\"fine\":-10.00,\"incidentIds\":["
                + mismatch
                + "],\"note\":\"离职后复核撤销\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.intoMonth").value("2026-05"));

    send("/api/v1/settlements", "{\"month\":\"2026-05\"}").andExpect(status().isCreated());
    Map<String, Object> statement = MonthCloseApiScenario.statement(mvc, "2026-05", "E901");
    assertThat(statement).containsEntry("storeCode", "S02");
    assertThat(MonthCloseApiScenario.money(statement.get("fineTotal"))).isEqualTo("-10.00");
    assertThat((List<Map<String, Object>>) statement.get("lines"))
        .singleElement()
        .satisfies(l -> assertThat(l).containsEntry("type", "ADJUSTMENT"));
    mvc.perform(post("/api/v1/settlements/2026-05/publish").with(ADMIN)).andExpect(status().isOk());
  }

  /** Computes and publishes the month unless it already is. */
  private void published(String month) throws Exception {
    String body = body(mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN)));
    if (!body.contains("\"PUBLISHED\"")) {
      send("/api/v1/settlements", "{\"month\":\"" + month + "\"}")
          .andExpect(status().is2xxSuccessful());
      mvc.perform(post("/api/v1/settlements/" + month + "/publish").with(ADMIN))
          .andExpect(status().isOk());
    }
  }

  private ResultActions correct(String month, String json) throws Exception {
    return send("/api/v1/settlements/" + month + "/corrections", json);
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(json(post(path), ADMIN, json));
  }

  private static long id(ResultActions created) throws Exception {
    return ((Number) JsonPath.read(body(created), "$.id")).longValue();
  }
}
