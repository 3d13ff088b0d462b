package kefu.settlement.api;

import static kefu.Web.json;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import kefu.incident.IncidentLedger;
import kefu.organization.SignedInSlice;
import kefu.organization.WebSlice;
import kefu.platform.Conflict;
import kefu.settlement.MonthClose;
import kefu.settlement.NoteTexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The month-close REST resource alone: input refusals and status codes, the close mocked. */
@WebMvcTest(SettlementApi.class)
@WebSlice
class SettlementApiSliceTest extends SignedInSlice {

  @MockitoBean MonthClose close;
  @MockitoBean NoteTexts notes;
  @MockitoBean IncidentLedger ledger;

  SettlementApiSliceTest() {
    super(GROUP_CS);
  }

  @Test
  void aMonthThatIsNoMonthIsRefusedOnItsFieldAndNothingIsComputed() throws Exception {
    mvc.perform(json(post("/api/v1/settlements"), login(), "{\"month\":\"2026-13\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
    verifyNoInteractions(close);
  }

  @Test
  void publishingAMonthTwiceAnswers409() throws Exception {
    when(close.publish(caller, YearMonth.of(2026, 9)))
        .thenThrow(new Conflict("settlement.alreadyPublished"));

    mvc.perform(post("/api/v1/settlements/2026-09/publish").with(login()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.status").value(409));
  }

  @Test
  void aCorrectionWithoutAnEmployeeIsRefusedOnThatField() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/settlements/2026-09/corrections"),
                login(),
                "{\"fine\":-50,\"note\":\"多扣退回\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    verifyNoInteractions(close);
  }
}
