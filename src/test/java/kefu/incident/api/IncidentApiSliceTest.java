package kefu.incident.api;

import static kefu.Web.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import kefu.incident.IncidentLedger;
import kefu.incident.RecordIncident;
import kefu.incident.RecordedIncidents;
import kefu.organization.Organization;
import kefu.organization.SignedInSlice;
import kefu.organization.WebSlice;
import kefu.platform.Conflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The incident REST resource alone: its JSON, its status codes and its door, services mocked. */
@WebMvcTest(IncidentApi.class)
@WebSlice
class IncidentApiSliceTest extends SignedInSlice {

  @MockitoBean RecordIncident recorder;
  @MockitoBean IncidentLedger ledger;
  @MockitoBean Organization organization;

  IncidentApiSliceTest() {
    super(S01_CS);
  }

  @BeforeEach
  void groupTime() {
    when(organization.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void recordingAnswers201WithTheIncidentInTheGroupsZoneAndTheClauseInForce() throws Exception {
    when(recorder.record(eq(caller), any())).thenReturn(RecordedIncidents.complaint(42));

    mvc.perform(
            json(
                post("/api/v1/incidents"),
                login(),
                """
                    {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"E104",
                     "occurredAt":"2026-09-09T11:00:00+08:00","quantity":1}
                    """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(42))
        .andExpect(jsonPath("$.occurredAt").value("2026-09-09T11:00:00+08:00"))
        .andExpect(jsonPath("$.clause").value("4.2"))
        .andExpect(jsonPath("$.status").value("RECORDED"));
  }

  @Test
  void aLockedMonthAnswers409AsAProblem() throws Exception {
    when(ledger.voidIncident(caller, 42, "重复登记")).thenThrow(new Conflict("month.locked"));

    mvc.perform(json(post("/api/v1/incidents/42/void"), login(), "{\"reason\":\"重复登记\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void withoutCredentialsTheApiAnswers401AndTouchesNoService() throws Exception {
    mvc.perform(get("/api/v1/incidents").param("month", "2026-09"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.title").value("Unauthorized"));
    verifyNoInteractions(ledger);
  }

  @Test
  void wrongBasicCredentialsAnswer401() throws Exception {
    mvc.perform(
            get("/api/v1/incidents").param("month", "2026-09").with(httpBasic("s01cs", "wrong")))
        .andExpect(status().isUnauthorized());
  }
}
