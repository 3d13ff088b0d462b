package kefu.settlement.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import kefu.organization.Organization;
import kefu.organization.SignedInSlice;
import kefu.organization.WebSlice;
import kefu.settlement.MonthClose;
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
}
