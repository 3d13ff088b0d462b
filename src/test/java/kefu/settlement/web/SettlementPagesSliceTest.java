package kefu.settlement.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import kefu.incident.IncidentLedger;
import kefu.organization.Organization;
import kefu.organization.SignedInSlice;
import kefu.organization.WebSlice;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.SettlementStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Publishing from the month-close page alone, the close mocked. */
@WebMvcTest(SettlementController.class)
@WebSlice
class SettlementPagesSliceTest extends SignedInSlice {

  @MockitoBean MonthClose close;
  @MockitoBean StatementPages pages;
  @MockitoBean Organization organization;
  @MockitoBean IncidentLedger ledger;

  SettlementPagesSliceTest() {
    super(GROUP_CS);
  }

  @Test
  void publishingGoesBackToTheMonthsNamingThePublishedOne() throws Exception {
    mvc.perform(post("/settlements/2026-09/publish").with(login()).with(csrf()))
        .andExpect(redirectedUrl("/settlements"))
        .andExpect(flash().attribute("message", "settlement.published"))
        .andExpect(flash().attribute("messageArg", "2026-09"));
    verify(close).publish(caller, YearMonth.of(2026, 9));
  }

  @Test
  void publishingWithoutTheFormsCsrfTokenIsRefusedAndPublishesNothing() throws Exception {
    mvc.perform(post("/settlements/2026-09/publish").with(login()))
        .andExpect(status().isForbidden());
    verify(close, never()).publish(any(), any());
  }

  @Test
  void aDraftWithAnAppealWaitingIsPublishedOnlyOnceConfirmed() throws Exception {
    YearMonth september = YearMonth.of(2026, 9);
    when(close.months())
        .thenReturn(
            List.of(
                new MonthSettlement(
                    september, SettlementStatus.DRAFT, Instant.EPOCH, null, List.of())));
    when(ledger.pendingAppeals(caller, september))
        .thenReturn(
            List.of(new IncidentLedger.PendingAppeal(7, "E104", "S01", september.atDay(3))));
    mvc.perform(post("/settlements/2026-09/publish").with(login()).with(csrf()))
        .andExpect(redirectedUrl("/settlements/2026-09#publish"))
        .andExpect(flash().attribute("publishBlocked", true));
    verify(close, never()).publish(any(), any());

    mvc.perform(
            post("/settlements/2026-09/publish")
                .param("confirmPending", "true")
                .with(login())
                .with(csrf()))
        .andExpect(redirectedUrl("/settlements"));
    verify(close).publish(caller, september);
  }
}
