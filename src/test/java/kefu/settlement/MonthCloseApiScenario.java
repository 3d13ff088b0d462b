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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The month close driven exactly through the API.md calls, on the demo group (S01 has CS manager
 * E102, S03 has none and its store manager is E301; both built-in packs adopted from 2026-01-01).
 * The steps build on each other: record, compute, void, recompute, publish, lock, correct.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MonthCloseApiScenario {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static long mismatchA;
  static long mismatchB;

  @Autowired MockMvc mvc;

  ResultActions incident(String json) throws Exception {
    return mvc.perform(json(post("/api/v1/incidents"), ADMIN, json));
  }

  ResultActions compute(String month) throws Exception {
    return mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"" + month + "\"}"));
  }

  /** void, appeal or appeal/decision on an incident, as the given user. */
  ResultActions act(long id, String action, RequestPostProcessor as, String json) throws Exception {
    return mvc.perform(json(post("/api/v1/incidents/" + id + "/" + action), as, json));
  }

  long recorded(String json) throws Exception {
    String body =
        incident(json)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("RECORDED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  static String of(String type, String store, String employee, String at, String extra) {
    return """
        {"type":"%s","storeCode":"%s",%s"occurredAt":"%s"%s}"""
        .formatted(
            type,
            store,
            employee == null ? "" : "\"employeeCode\":\"" + employee + "\",",
            at,
            extra == null ? "" : "," + extra);
  }

  Map<String, Object> statement(String month, String employee) throws Exception {
    return statement(mvc, month, employee);
  }

  /** The employee's statement in the month as the API answers it (it must be there, once). */
  static Map<String, Object> statement(MockMvc mvc, String month, String employee)
      throws Exception {
    String body =
        body(
            mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN))
                .andExpect(status().isOk()));
    List<Map<String, Object>> found =
        JsonPath.read(body, "$.statements[?(@.employeeCode == '" + employee + "')]");
    assertThat(found).as("statement of " + employee).hasSize(1);
    return found.get(0);
  }

  static String money(Object v) {
    return new java.math.BigDecimal(String.valueOf(v)).setScale(2).toPlainString();
  }

  @Test
  @Order(1)
  void recordsTheMonthsIncidents() throws Exception {
    mismatchA =
        recorded(
            of(
                "CALLBACK_RECORDING_MISMATCH",
                "S01",
                "E104",
                "2026-10-08T10:00:00+08:00",
                "\"note\":\"抽查发现无录音\""));
    mismatchB =
        recorded(
            of("CALLBACK_RECORDING_MISMATCH", "S01", "E104", "2026-10-09T10:00:00+08:00", null));
    recorded(of("CALLBACK_RECORDING_MISMATCH", "S03", "E303", "2026-10-10T09:00:00+08:00", null));
    recorded(of("LATE_ARRIVAL", "S01", "E105", "2026-10-12T09:10:00+08:00", "\"minutes\":10"));
    recorded(of("LATE_ARRIVAL", "S01", "E105", "2026-10-13T09:31:00+08:00", "\"minutes\":31"));
    recorded(of("IMPORTANT_COMPLAINT_UNREPORTED", "S02", null, "2026-10-20T15:00:00+08:00", null));
    // 23:30 on the 31st in Shanghai is still October; 01:00 on the 1st is November
    recorded(of("ABSENCE", "S01", "E107", "2026-10-31T23:30:00+08:00", null));
    recorded(of("ABSENCE", "S01", "E107", "2026-10-31T17:00:00Z", null));
  }

  @Test
  @Order(2)
  void refusesWhatTheRulesRefuse() throws Exception {
    incident(of("NO_SUCH_TYPE", "S01", "E104", "2026-10-08T10:00:00+08:00", null))
        .andExpect(status().isUnprocessableContent());
    incident(of("WORK_NOT_COMPLETED", "S01", "E104", "2026-10-08T10:00:00+08:00", "\"points\":1.5"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("points"));
    incident(of("CALLBACK_RECORDING_MISMATCH", "S01", "E201", "2026-10-08T10:00:00+08:00", null))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    incident(
            of(
                "CALLBACK_RECORDING_MISMATCH",
                "S01",
                "E104",
                "2026-10-08T10:00:00+08:00",
                "\"quantity\":0"))
        .andExpect(status().isBadRequest());
    incident(of("CALLBACK_RECORDING_MISMATCH", "S09", "E104", "2026-10-08T10:00:00+08:00", null))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/api/v1/incidents")
                .with(user("s02cs").roles("CS_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    of(
                        "CALLBACK_RECORDING_MISMATCH",
                        "S01",
                        "E104",
                        "2026-10-08T10:00:00+08:00",
                        null)))
        .andExpect(status().isForbidden());
  }

  @Test
  @Order(3)
  void storeUsersSeeOnlyTheirStoresIncidents() throws Exception {
    mvc.perform(
            get("/api/v1/incidents?month=2026-10&storeCode=S01")
                .with(user("s02cs").roles("CS_MANAGER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/incidents?month=2026-10").with(user("s02cs").roles("CS_MANAGER")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].storeCode")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("S02"))));
    mvc.perform(get("/api/v1/incidents?month=2026-10&storeCode=S01").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(5));
  }

  @Test
  @Order(4)
  void computesADraftWithEveryLineExplained() throws Exception {
    compute("2026-10")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DRAFT"));

    Map<String, Object> agent = statement("2026-10", "E104");
    assertThat(money(agent.get("fineTotal"))).isEqualTo("20.00");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) agent.get("lines");
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).containsEntry("packId", "group-cs-2010").containsEntry("clause", "§1");
    assertThat((List<Number>) lines.get(0).get("incidentIds"))
        .extracting(Number::longValue)
        .containsExactly(mismatchA, mismatchB);

    assertThat(money(statement("2026-10", "E102").get("fineTotal"))).isEqualTo("40.00");
    // S03 has no CS manager: its store manager pays the manager's share
    assertThat(money(statement("2026-10", "E303").get("fineTotal"))).isEqualTo("10.00");
    assertThat(money(statement("2026-10", "E301").get("fineTotal"))).isEqualTo("20.00");
    // 10-minute late arrival 0.5 + 31-minute one counted as an absence 2
    Map<String, Object> late = statement("2026-10", "E105");
    assertThat(String.valueOf(late.get("pointsDeducted"))).isEqualTo("2.5");
    assertThat(String.valueOf(late.get("pointsRemaining"))).isEqualTo("7.5");
    // collective fine: 10% of each CS-department member's own pay, not the store manager
    assertThat(money(statement("2026-10", "E202").get("fineTotal"))).isEqualTo("500.00");
    assertThat(money(statement("2026-10", "E204").get("fineTotal"))).isEqualTo("300.00");
    assertThat(money(statement("2026-10", "E201").get("fineTotal"))).isEqualTo("0.00");
    // only the 23:30 absence belongs to October
    assertThat(String.valueOf(statement("2026-10", "E107").get("pointsDeducted"))).isEqualTo("2.0");
    // nothing recorded: still a statement, full ten points
    Map<String, Object> quiet = statement("2026-10", "E106");
    assertThat(money(quiet.get("fineTotal"))).isEqualTo("0.00");
    assertThat(String.valueOf(quiet.get("pointsRemaining"))).isEqualTo("10.0");
  }

  @Test
  @Order(5)
  void recomputingIsIdempotentAndVoidingTakesTheIncidentOut() throws Exception {
    compute("2026-10").andExpect(status().isOk());
    assertThat(money(statement("2026-10", "E104").get("fineTotal"))).isEqualTo("20.00");

    act(mismatchB, "void", ADMIN, "{\"reason\":\"录音已找到\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VOIDED"));
    act(mismatchB, "void", ADMIN, "{\"reason\":\"again\"}").andExpect(status().isConflict());
    act(mismatchA, "void", ADMIN, "{\"reason\":\"\"}").andExpect(status().isBadRequest());
    compute("2026-10").andExpect(status().isOk());
    assertThat(money(statement("2026-10", "E104").get("fineTotal"))).isEqualTo("10.00");
    assertThat(money(statement("2026-10", "E102").get("fineTotal"))).isEqualTo("20.00");
  }

  @Test
  @Order(6)
  void aPendingAppealShowsOnTheStatement() throws Exception {
    act(mismatchA, "appeal", user("staff").roles("STAFF"), "{\"reason\":\"当天有录音\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appealStatus").value("PENDING"));
    compute("2026-10").andExpect(status().isOk());
    List<Map<String, Object>> lines =
        (List<Map<String, Object>>) statement("2026-10", "E104").get("lines");
    assertThat(lines.get(0)).containsEntry("appealPending", true);
    act(
            mismatchA,
            "appeal/decision",
            // recorded by an administrator: group level decides, not the store
            user("groupcs").roles("GROUP_CS"),
            "{\"grant\":false,\"reason\":\"录音不符\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appealStatus").value("UPHELD"))
        .andExpect(jsonPath("$.status").value("RECORDED"));
  }

  @Test
  @Order(7)
  void publishingLocksTheMonth() throws Exception {
    mvc.perform(post("/api/v1/settlements/2026-10/publish").with(user("boss").roles("EXECUTIVE")))
        .andExpect(status().isForbidden());
    long disputed =
        recorded(
            of("CALLBACK_RECORDING_MISMATCH", "S01", "E104", "2026-10-16T10:00:00+08:00", null));
    act(disputed, "appeal", user("staff").roles("STAFF"), "{\"reason\":\"已补录音\"}")
        .andExpect(status().isOk());
    // published as before, naming the appeal it leaves undecided (the decided one is not named)
    mvc.perform(post("/api/v1/settlements/2026-10/publish").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"))
        .andExpect(jsonPath("$.statements[0].employeeCode").exists())
        .andExpect(jsonPath("$.pendingAppeals.length()").value(1))
        .andExpect(jsonPath("$.pendingAppeals[0].incidentId").value(disputed))
        .andExpect(jsonPath("$.pendingAppeals[0].employeeCode").value("E104"));
    incident(of("CALLBACK_RECORDING_MISMATCH", "S01", "E104", "2026-10-15T10:00:00+08:00", null))
        .andExpect(status().isConflict());
    act(mismatchA, "void", ADMIN, "{\"reason\":\"late\"}").andExpect(status().isConflict());
    compute("2026-10").andExpect(status().isConflict());
  }

  @Test
  @Order(8)
  void aLateCorrectionGoesIntoTheNextOpenMonthCitingTheOriginal() throws Exception {
    mvc.perform(
            post("/api/v1/settlements/2026-10/corrections")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"employeeCode\":\"E104\",\"fine\":-10.00,\"incidentIds\":["
                        + mismatchA
                        + "],\"note\":\"申诉复核后撤销\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.intoMonth").value("2026-11"));
    compute("2026-11").andExpect(status().isCreated());
    Map<String, Object> november = statement("2026-11", "E104");
    assertThat(money(november.get("fineTotal"))).isEqualTo("-10.00");
    List<Map<String, Object>> lines = (List<Map<String, Object>>) november.get("lines");
    assertThat(lines).anySatisfy(l -> assertThat(l).containsEntry("type", "ADJUSTMENT"));
    // the absence at 01:00 on November 1st (Shanghai) counts in November
    assertThat(String.valueOf(statement("2026-11", "E107").get("pointsDeducted"))).isEqualTo("2.0");
  }
}
