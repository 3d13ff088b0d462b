package kefu.settlement.api;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import kefu.incident.IncidentLedger;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Role;
import kefu.organization.WebSlice;
import kefu.platform.Conflict;
import kefu.settlement.MonthClose;
import kefu.settlement.NoteTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The month-close REST resource alone: input refusals and status codes, the close mocked. */
@WebMvcTest(SettlementApi.class)
@WebSlice
class SettlementApiSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean MonthClose close;
  @MockitoBean NoteTexts notes;
  @MockitoBean IncidentLedger ledger;
  @Autowired CurrentUser currentUser;

  final AccessScope groupCs = new AccessScope("groupcs", Role.GROUP_CS, null, null);

  @BeforeEach
  void caller() {
    when(currentUser.scope()).thenReturn(groupCs);
  }

  @Test
  void aMonthThatIsNoMonthIsRefusedOnItsFieldAndNothingIsComputed() throws Exception {
    mvc.perform(
            post("/api/v1/settlements")
                .with(user("groupcs").roles("GROUP_CS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2026-13\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    verifyNoInteractions(close);
  }

  @Test
  void publishingAMonthTwiceAnswers409() throws Exception {
    when(close.publish(groupCs, YearMonth.of(2026, 9)))
        .thenThrow(new Conflict("settlement.alreadyPublished"));

    mvc.perform(post("/api/v1/settlements/2026-09/publish").with(user("groupcs").roles("GROUP_CS")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void aCorrectionWithoutAnEmployeeIsRefusedOnThatField() throws Exception {
    mvc.perform(
            post("/api/v1/settlements/2026-09/corrections")
                .with(user("groupcs").roles("GROUP_CS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fine\":-50,\"note\":\"多扣退回\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    verifyNoInteractions(close);
  }
}
