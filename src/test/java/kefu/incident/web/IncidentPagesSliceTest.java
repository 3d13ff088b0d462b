package kefu.incident.web;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import kefu.incident.IncidentImport;
import kefu.incident.IncidentLedger;
import kefu.incident.LateCorrections;
import kefu.incident.RecordIncident;
import kefu.incident.RecordedIncidents;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.WebSlice;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.ImportPage;
import kefu.platform.ImportTemplate;
import kefu.policy.PolicyCatalog;
import kefu.policy.RuleDescriptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The incident page's state changes alone: each answers with the incident page and a notice. */
@WebMvcTest(IncidentController.class)
@WebSlice
class IncidentPagesSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean RecordIncident recorder;
  @MockitoBean IncidentLedger ledger;
  @MockitoBean IncidentImport importer;
  @MockitoBean Organization organization;
  @MockitoBean ImportPage imports;
  @MockitoBean ImportTemplate template;
  @MockitoBean RuleDescriptions descriptions;
  @MockitoBean PolicyCatalog catalog;
  @MockitoBean LateCorrections corrections;
  @Autowired CurrentUser currentUser;

  final AccessScope s01Cs = new AccessScope("s01cs", Role.CS_MANAGER, 1L, null);

  @BeforeEach
  void caller() {
    when(currentUser.scope()).thenReturn(s01Cs);
  }

  @Test
  void voidingGoesBackToTheIncidentSayingItIsDone() throws Exception {
    when(ledger.voidIncident(s01Cs, 42, "重复登记")).thenReturn(RecordedIncidents.complaint(42));

    mvc.perform(void42("重复登记"))
        .andExpect(redirectedUrl("/incidents/42"))
        .andExpect(flash().attribute("message", "incident.voided"));
    verify(ledger).voidIncident(s01Cs, 42, "重复登记");
  }

  @Test
  void voidingWithoutAReasonGoesBackWithTheReasonsProblem() throws Exception {
    when(ledger.voidIncident(s01Cs, 42, ""))
        .thenThrow(new BadInput("reason", "validation.required"));

    mvc.perform(void42(""))
        .andExpect(redirectedUrl("/incidents/42"))
        .andExpect(flash().attribute("error", "validation.required"));
  }

  @Test
  void voidingInALockedMonthGoesBackSayingTheIncidentCannotChange() throws Exception {
    when(ledger.voidIncident(s01Cs, 42, "重复登记")).thenThrow(new Conflict("month.locked"));

    mvc.perform(void42("重复登记"))
        .andExpect(redirectedUrl("/incidents/42"))
        .andExpect(flash().attribute("error", "incident.conflict"));
  }

  private static org.springframework.test.web.servlet.RequestBuilder void42(String reason) {
    return post("/incidents/42/void")
        .param("reason", reason)
        .with(user("s01cs").roles("CS_MANAGER"))
        .with(csrf());
  }
}
