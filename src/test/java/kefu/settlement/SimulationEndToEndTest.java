package kefu.settlement;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.STAFF;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import kefu.Web;
import kefu.policy.BuiltInPacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * What-if over REST and on its page: a draft that makes an absence cost 3 points instead of 2, over
 * months with absences recorded. Each test uses its own month; the class has a database of its own
 * because it publishes one.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:simulations;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SimulationEndToEndTest {

  static final String PACK = "ecommerce-cs-10pt";
  static final String URL = "/api/v1/policy-packs/" + PACK + "/simulations";
  static final RequestPostProcessor S02_MANAGER = user("s02cs").roles("CS_MANAGER");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper mapper;

  static String draft() {
    return BuiltInPacks.yaml(PACK + ".yaml")
        .replace(
            "rule: { kind: POINTS_PER_UNIT, points: 2 }",
            "rule: { kind: POINTS_PER_UNIT, points: 3 }");
  }

  String draftRun(String month, String stores) {
    return "{\"month\":\""
        + month
        + "\",\"yaml\":"
        + mapper.writeValueAsString(draft())
        + ",\"storeCodes\":"
        + stores
        + "}";
  }

  ResultActions send(String url, RequestPostProcessor who, String body) throws Exception {
    return mvc.perform(json(post(url), who, body));
  }

  void absences(String month, String store, String employee, int count) throws Exception {
    for (int day = 1; day <= count; day++) {
      send(
              "/api/v1/incidents",
              ADMIN,
              "{\"type\":\"ABSENCE\",\"storeCode\":\""
                  + store
                  + "\",\"employeeCode\":\""
                  + employee
                  + "\",\"occurredAt\":\""
                  + month
                  + "-0"
                  + day
                  + "T10:00:00+08:00\"}")
          .andExpect(status().isCreated());
    }
  }

  @Test
  void a_draft_lists_who_changes_and_by_how_much_and_stores_nothing() throws Exception {
    absences("2026-08", "S01", "E105", 2);
    absences("2026-08", "S02", "E204", 1);

    send(URL, GROUP_CS, draftRun("2026-08", "null"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.month").value("2026-08"))
        .andExpect(jsonPath("$.packId").value(PACK))
        .andExpect(jsonPath("$.replaces.packId").value(PACK))
        .andExpect(jsonPath("$.replaces.version").value(1))
        .andExpect(jsonPath("$.statements.length()").value(2))
        .andExpect(jsonPath("$.statements[0].employeeCode").value("E105"))
        .andExpect(jsonPath("$.statements[0].storeCode").value("S01"))
        .andExpect(jsonPath("$.statements[0].before.pointsDeducted").value(4.0))
        .andExpect(jsonPath("$.statements[0].before.pointsRemaining").value(6.0))
        .andExpect(jsonPath("$.statements[0].before.flags").isEmpty())
        .andExpect(jsonPath("$.statements[0].after.pointsDeducted").value(6.0))
        .andExpect(jsonPath("$.statements[0].after.pointsRemaining").value(4.0))
        .andExpect(jsonPath("$.statements[0].after.flags[0]").value("VERBAL_WARNING"))
        .andExpect(jsonPath("$.statements[0].after.fineTotal").value(0.0))
        .andExpect(jsonPath("$.statements[1].employeeCode").value("E204"))
        .andExpect(jsonPath("$.totals.before.pointsDeducted").value(6.0))
        .andExpect(jsonPath("$.totals.after.pointsDeducted").value(9.0))
        .andExpect(jsonPath("$.totals.before.flagged").value(0))
        .andExpect(jsonPath("$.totals.after.flagged").value(1));

    // nothing computed, adopted or stored
    mvc.perform(get("/api/v1/settlements/2026-08").with(ADMIN)).andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select count(*) from policy_pack_version where pack_id = ?")
                .param(PACK)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // the run is in the audit log as a read
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from audit_entry where action = 'READ'"
                                + " and entity_type = 'SettlementSimulation' and entity_id = '2026-08'"
                                + " and actor = 'groupcs'")
                        .query(Integer.class)
                        .single()
                    == 1);
  }

  @Test
  void a_store_selection_and_a_saved_version_compare_only_those_stores() throws Exception {
    absences("2026-09", "S01", "E106", 1);
    absences("2026-09", "S02", "E205", 1);

    // the adopted version itself changes nobody
    send(URL, ADMIN, "{\"month\":\"2026-09\",\"version\":1}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statements").isEmpty())
        .andExpect(jsonPath("$.totals.before.pointsDeducted").value(4.0))
        .andExpect(jsonPath("$.totals.after.pointsDeducted").value(4.0));
    send(URL, ADMIN, draftRun("2026-09", "[\"S02\"]"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statements.length()").value(1))
        .andExpect(jsonPath("$.statements[0].employeeCode").value("E205"))
        .andExpect(jsonPath("$.totals.before.pointsDeducted").value(2.0))
        .andExpect(jsonPath("$.totals.after.pointsDeducted").value(3.0));
    // a store manager simulates their own store only
    send(URL, S02_MANAGER, draftRun("2026-09", "null"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statements.length()").value(1))
        .andExpect(jsonPath("$.statements[0].employeeCode").value("E205"));
    send(URL, S02_MANAGER, draftRun("2026-09", "[\"S01\"]")).andExpect(status().isForbidden());
  }

  @Test
  void a_published_month_is_simulated_and_stays_exactly_as_published() throws Exception {
    absences("2026-02", "S01", "E107", 3);
    send("/api/v1/settlements", ADMIN, "{\"month\":\"2026-02\"}").andExpect(status().isCreated());
    send("/api/v1/settlements/2026-02/publish", ADMIN, "{}").andExpect(status().isOk());
    String published = Web.body(mvc.perform(get("/api/v1/settlements/2026-02").with(ADMIN)));

    send(URL, ADMIN, draftRun("2026-02", "[\"S01\"]"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statements[0].employeeCode").value("E107"))
        .andExpect(jsonPath("$.statements[0].before.pointsDeducted").value(6.0))
        .andExpect(jsonPath("$.statements[0].after.pointsDeducted").value(9.0));

    assertThat(Web.body(mvc.perform(get("/api/v1/settlements/2026-02").with(ADMIN))))
        .isEqualTo(published);
  }

  @Test
  void a_month_with_nothing_recorded_is_an_empty_comparison() throws Exception {
    send(URL, ADMIN, draftRun("2025-06", "null"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statements").isEmpty())
        .andExpect(jsonPath("$.replaces").doesNotExist());
  }

  @Test
  void bad_orders_are_refused_on_their_field_and_nothing_is_written() throws Exception {
    String invalid = draft().replace("points: 3 }", "points: -3 }");
    send(URL, ADMIN, "{\"month\":\"2026-08\",\"yaml\":" + mapper.writeValueAsString(invalid) + "}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("line ")));
    send(URL, ADMIN, "{\"month\":\"2026-08\",\"version\":1,\"yaml\":\"id: x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    send(URL, ADMIN, "{\"month\":\"2026-08\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    send(URL, ADMIN, "{\"month\":\"2026-08\",\"version\":9}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    send(URL, ADMIN, "{\"month\":\"2026-13\",\"version\":1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    send(URL, ADMIN, "{\"version\":1}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    send(URL, ADMIN, "{\"month\":\"2026-08\",\"version\":1,\"storeCodes\":[\"NOPE\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("storeCodes"));
    send(
            "/api/v1/policy-packs/no-such-pack/simulations",
            ADMIN,
            "{\"month\":\"2026-08\",\"version\":1}")
        .andExpect(status().isNotFound());
    send(URL, STAFF, "{\"month\":\"2026-08\",\"version\":1}").andExpect(status().isForbidden());
  }

  // ---- the page ------------------------------------------------------------------------------

  String page(ResultActions answer) throws Exception {
    return Web.body(answer.andExpect(status().isOk()));
  }

  @Test
  void the_page_runs_a_draft_from_the_editor_and_shows_totals_changes_and_the_chart()
      throws Exception {
    absences("2026-06", "S01", "E108", 2);

    // the pack's page and its editor lead here
    assertThat(page(mvc.perform(get("/policy/packs/" + PACK).with(GROUP_CS))))
        .contains("/settlements/simulate?packId=" + PACK + "&amp;version=1");
    String fromEditor =
        page(
            mvc.perform(
                Web.form(post("/settlements/simulate"), GROUP_CS)
                    .param("packId", PACK)
                    .param("yaml", draft())));
    assertThat(fromEditor)
        .contains("id=\"simulation-form\"")
        .doesNotContain("id=\"simulation-changes\"");

    String result =
        page(
            mvc.perform(
                Web.form(post("/settlements/simulate"), GROUP_CS)
                    .param("packId", PACK)
                    .param("yaml", draft())
                    .param("month", "2026-06")
                    .param("storeCodes", "S01")));
    assertThat(result)
        .contains("id=\"change-E108\"", "4.0 → 6.0", "6.0 → 4.0", "→ VERBAL_WARNING")
        .contains("id=\"totals-before\"", "id=\"totals-after\"", "id=\"simulation-chart\"")
        .doesNotContain("id=\"change-E101\"");
  }

  @Test
  void the_page_shows_a_drafts_problems_by_line_and_refuses_staff() throws Exception {
    String invalid = draft().replace("points: 3 }", "points: -3 }");
    String answer =
        page(
            mvc.perform(
                Web.form(post("/settlements/simulate"), ADMIN)
                    .param("packId", PACK)
                    .param("yaml", invalid)
                    .param("month", "2026-06")));
    assertThat(answer)
        .contains("id=\"draft-problems\"")
        .doesNotContain("id=\"simulation-changes\"");
    mvc.perform(get("/settlements/simulate").with(STAFF)).andExpect(status().isForbidden());
  }

  @Test
  void the_table_goes_to_excel_with_before_after_and_change() throws Exception {
    absences("2026-05", "S02", "E206", 1);

    byte[] xlsx =
        Web.bytes(
            mvc.perform(
                    Web.form(post("/settlements/simulate/export.xlsx"), ADMIN)
                        .param("packId", PACK)
                        .param("yaml", draft())
                        .param("month", "2026-05"))
                .andExpect(status().isOk()));
    try (var book =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      var row = sheet.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("E206");
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("S02");
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2.0);
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(3.0);
    }
  }
}
