package kefu.service.cases;

import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaints over the API as API.md states them, on whichever database the subclass starts: due
 * times, steps in order, refusals with nothing written, masked numbers, and the important-complaint
 * path to one store incident.
 */
abstract class ComplaintApiScenario {

  /** A day of October 2026 of its own for each complaint, so tests never share one. */
  static final AtomicInteger DAY = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String day() {
    return String.format("2026-10-%02d", 1 + DAY.getAndIncrement() % 28);
  }

  long received(String receivedAt, boolean urgent, boolean important) throws Exception {
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/complaints"),
                        S01_CS,
                        """
                        {"storeCode":"S01","employeeCode":"E104","kind":"COMPLAINT",
                         "receivedAt":"%s","urgent":%s,"important":%s,"customerName":"王女士",
                         "customerPhone":"13812345678","summary":"等待太久"}"""
                            .formatted(receivedAt, urgent, important)))
                .andExpect(status().isCreated()));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  ResultActions step(long id, String action, RequestPostProcessor who, String body)
      throws Exception {
    return mvc.perform(json(post("/api/v1/complaints/" + id + "/" + action), who, body));
  }

  @Test
  void a_complaint_is_received_with_its_due_times_and_a_masked_number() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/complaints"),
                S01_CS,
                """
                {"storeCode":"S01","employeeCode":"E104","kind":"COMPLAINT",
                 "receivedAt":"2026-10-09T10:00:00+08:00","urgent":true,"important":false,
                 "customerName":"王女士","customerPhone":"13812345678","summary":"等待太久"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.firstReplyDueAt").value("2026-10-09T11:00:00+08:00"))
        // Friday 10:00 + 3 working days, the weekend not counted
        .andExpect(jsonPath("$.resolveDueAt").value("2026-10-14T10:00:00+08:00"))
        .andExpect(jsonPath("$.customerPhone").value("138****5678"))
        .andExpect(jsonPath("$.packId").value("cs-appraisal-uniform"));
  }

  @Test
  void group_cs_sees_the_whole_number_only_by_unmasking_it_and_the_view_is_audited()
      throws Exception {
    long id = received(day() + "T10:00:00+08:00", false, false);
    mvc.perform(get("/api/v1/complaints/" + id).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customerPhone").value("138****5678"));
    mvc.perform(get("/api/v1/complaints/" + id + "?unmask=true").with(S01_CS))
        .andExpect(status().isForbidden());
    assertThat(unmaskedViews(id)).isZero();

    mvc.perform(get("/api/v1/complaints/" + id + "?unmask=true").with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customerPhone").value("13812345678"));
    assertThat(unmaskedViews(id)).isEqualTo(1);

    mvc.perform(post("/complaints/" + id + "/unmask").with(GROUP_CS).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("13812345678")));
    assertThat(unmaskedViews(id)).isEqualTo(2);
    mvc.perform(get("/complaints/" + id).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("138****5678")))
        .andExpect(content().string(not(containsString("13812345678"))));
  }

  private long unmaskedViews(long complaint) {
    return jdbc.sql(
            "select count(*) from audit_entry where entity_type = 'complaint-phone-view'"
                + " and entity_id = ? and actor = 'groupcs'")
        .param(String.valueOf(complaint))
        .query(Long.class)
        .single();
  }

  @Test
  void steps_run_to_closed_and_closing_twice_is_a_conflict() throws Exception {
    String d = day();
    long id = received(d + "T09:00:00+08:00", false, false);
    step(id, "acknowledge", S01_CS, "{\"at\":\"" + d + "T09:30:00+08:00\",\"note\":\"已回电\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
    step(id, "pause", S01_CS, "{\"at\":\"" + d + "T10:00:00+08:00\"}")
        .andExpect(jsonPath("$.status").value("PAUSED"));
    step(id, "resume", S01_CS, "{\"at\":\"" + d + "T11:00:00+08:00\"}")
        .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
    step(id, "resolve", S01_CS, "{\"at\":\"" + d + "T12:00:00+08:00\"}")
        .andExpect(jsonPath("$.status").value("RESOLVED"));
    step(id, "close", S01_CS, "{\"at\":\"" + d + "T13:00:00+08:00\",\"satisfaction\":6}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
    step(id, "close", S01_CS, "{\"at\":\"" + d + "T13:00:00+08:00\",\"satisfaction\":5}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.satisfaction").value(5))
        .andExpect(jsonPath("$.breaches").isEmpty());
    step(id, "close", S01_CS, "{\"at\":\"" + d + "T14:00:00+08:00\",\"satisfaction\":4}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("already closed")));
    mvc.perform(get("/api/v1/complaints/" + id).with(S01_CS))
        .andExpect(jsonPath("$.satisfaction").value(5));
  }

  @Test
  void a_step_out_of_order_is_a_conflict_with_a_clear_message() throws Exception {
    long id = received(day() + "T09:00:00+08:00", false, false);
    step(id, "resolve", S01_CS, "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("is RECEIVED")));
    step(id, "nonsense", S01_CS, "{}").andExpect(status().isNotFound());
  }

  @Test
  void a_late_first_reply_is_listed_among_the_breaches() throws Exception {
    String d = day();
    long id = received(d + "T09:00:00+08:00", true, false);
    step(id, "acknowledge", S01_CS, "{\"at\":\"" + d + "T10:30:00+08:00\"}")
        .andExpect(jsonPath("$.breaches[0]").value("FIRST_REPLY"));
  }

  @Test
  void bad_input_is_refused_on_its_fields() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/complaints"), S01_CS, "{\"storeCode\":\"S01\",\"kind\":\"GRUMBLE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='employeeCode')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='receivedAt')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='kind')]").exists());
    mvc.perform(
            json(
                post("/api/v1/complaints"),
                S01_CS,
                """
                {"storeCode":"S02","employeeCode":"E201","receivedAt":"2026-10-09T10:00:00+08:00"}"""))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_rejected_explanation_records_one_store_incident() throws Exception {
    String d = day();
    long id = received(d + "T20:00:00+08:00", false, true);
    // not reported by noon the next day: the store explains, group CS rejects
    step(id, "explanation", S01_CS, "{\"text\":\"经理休假\",\"at\":\"2026-11-01T09:00:00+08:00\"}")
        .andExpect(status().isOk());
    step(id, "explanation-decision", S01_CS, "{\"accepted\":false}")
        .andExpect(status().isForbidden());
    String body =
        Web.body(
            step(id, "explanation-decision", GROUP_CS, "{\"accepted\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.explanationAccepted").value(false))
                .andExpect(jsonPath("$.incidentId").isNumber()));
    long incidentId = ((Number) JsonPath.read(body, "$.incidentId")).longValue();
    mvc.perform(get("/api/v1/incidents?month=2026-10&storeCode=S01").with(GROUP_CS))
        .andExpect(
            jsonPath("$[?(@.id==" + incidentId + ")].type")
                .value(org.hamcrest.Matchers.contains("IMPORTANT_COMPLAINT_UNREPORTED")));
    step(id, "explanation-decision", GROUP_CS, "{\"accepted\":true}")
        .andExpect(status().isConflict());
  }

  @Test
  void an_accepted_explanation_records_nothing_and_a_timely_report_needs_none() throws Exception {
    String d = day();
    long late = received(d + "T20:00:00+08:00", false, true);
    step(late, "explanation", S01_CS, "{\"text\":\"系统故障\",\"at\":\"2026-11-01T09:00:00+08:00\"}");
    step(late, "explanation-decision", GROUP_CS, "{\"accepted\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.incidentId").isEmpty());
    long timely = received(d + "T21:00:00+08:00", false, true);
    step(timely, "report-to-group", S01_CS, "{\"at\":\"" + d + "T22:00:00+08:00\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reportedAt").isNotEmpty());
    step(timely, "explanation", S01_CS, "{\"text\":\"-\"}").andExpect(status().isConflict());
  }

  @Test
  void the_report_page_shows_each_agent_s_sla_met_share_and_mean_satisfaction() throws Exception {
    long onTime = receivedFor("E106", "2026-09-14T09:00:00+08:00", false);
    step(onTime, "acknowledge", S01_CS, "{\"at\":\"2026-09-14T09:30:00+08:00\"}");
    step(onTime, "resolve", S01_CS, "{\"at\":\"2026-09-14T12:00:00+08:00\"}");
    step(onTime, "close", S01_CS, "{\"at\":\"2026-09-14T13:00:00+08:00\",\"satisfaction\":4}");
    long late = receivedFor("E106", "2026-09-15T09:00:00+08:00", true);
    step(late, "acknowledge", S01_CS, "{\"at\":\"2026-09-15T11:00:00+08:00\"}");

    String page =
        Web.body(
            mvc.perform(get("/complaints/report?month=2026-09&storeCode=S01").with(S01_CS))
                .andExpect(status().isOk()));
    String row = page.substring(page.indexOf("id=\"agent-E106\""));
    row = row.substring(0, row.indexOf("</tr>"));
    org.assertj.core.api.Assertions.assertThat(row)
        .contains("class=\"sla-met\">50.0<")
        .contains("class=\"csat\">4.00<");
  }

  private long receivedFor(String employee, String at, boolean urgent) throws Exception {
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/complaints"),
                        S01_CS,
                        """
                        {"storeCode":"S01","employeeCode":"%s","receivedAt":"%s","urgent":%s}"""
                            .formatted(employee, at, urgent)))
                .andExpect(status().isCreated()));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }
}
