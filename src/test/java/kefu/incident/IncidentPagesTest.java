package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import kefu.Workbooks;
import kefu.audit.AuditLog;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The incident pages: recording with the clause shown, refusals, void, appeal and import. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentPagesTest {

  static final RequestPostProcessor MANAGER = user("s01cs").roles("CS_MANAGER");
  static final AccessScope ALL = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired MockMvc mvc;
  @Autowired IncidentLedger ledger;
  @Autowired AuditLog audit;

  int count(String month) {
    return ledger
        .find(ALL, new IncidentLedger.Query(YearMonth.parse(month), null, null, null, null))
        .size();
  }

  @Test
  void theFormOffersTheTypesInForceAndExplainsTheChosenOne() throws Exception {
    mvc.perform(get("/incidents/new").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("CALLBACK_RECORDING_MISMATCH")));
    mvc.perform(
            get("/incidents/types")
                .with(MANAGER)
                .param("storeCode", "S01")
                .param("occurredAt", "2026-09-08T10:00")
                .param("type", "LATE_ARRIVAL"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("ecommerce-cs-10pt")))
        .andExpect(content().string(Matchers.containsString("data-type=\"LATE_ARRIVAL\"")))
        .andExpect(content().string(Matchers.containsString("type-consequence")));
    // before any adoption nothing is in force
    mvc.perform(
            get("/incidents/types")
                .with(MANAGER)
                .param("storeCode", "S01")
                .param("occurredAt", "2020-01-01T10:00"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(Matchers.not(Matchers.containsString("<option value=\"LATE_ARRIVAL\""))));
  }

  @Test
  void aRefusedIncidentShowsWhyAndSavesNothing() throws Exception {
    int before = count("2026-09");
    mvc.perform(
            post("/incidents")
                .with(MANAGER)
                .with(csrf())
                .param("type", "WORK_NOT_COMPLETED")
                .param("storeCode", "S01")
                .param("employeeCode", "E104")
                .param("occurredAt", "2026-09-08T10:00")
                .param("points", "3"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("incident-problems")));
    assertThat(count("2026-09")).isEqualTo(before);
  }

  @Test
  void recordVoidAndAppealThroughThePages() throws Exception {
    String location =
        mvc.perform(
                post("/incidents")
                    .with(MANAGER)
                    .with(csrf())
                    .param("type", "ATTITUDE_COMPLAINT")
                    .param("storeCode", "S01")
                    .param("employeeCode", "E104")
                    .param("occurredAt", "2026-09-09T11:00")
                    .param("note", "顾客投诉态度"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(get(location).with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("ecommerce-cs-10pt")));

    mvc.perform(
            post(location + "/appeal")
                .with(user("staff").roles("STAFF"))
                .with(csrf())
                .param("reason", "顾客误会"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/appeal/decision")
                // the CS manager recorded it: the store manager decides
                .with(user("s01manager").roles("STORE_MANAGER"))
                .with(csrf())
                .param("grant", "true")
                .param("reason", "核实属实"))
        .andExpect(status().is3xxRedirection());
    Incident decided = ledger.get(ALL, id);
    assertThat(decided.getStatus()).isEqualTo(IncidentStatus.VOIDED);
    assertThat(decided.getAppealStatus()).isEqualTo(AppealStatus.GRANTED);
    assertThat(audit.forEntity("incident", String.valueOf(id))).hasSizeGreaterThanOrEqualTo(3);
    // another store's manager cannot even see it
    mvc.perform(get(location).with(user("s02cs").roles("CS_MANAGER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void importSavesAllRowsOrNone() throws Exception {
    int before = count("2026-08");
    byte[] bad =
        Workbooks.sheet(
            IncidentImport.FORMAT.names(),
            List.of("LATE_ARRIVAL", "S01", "E105", "2026-08-03 09:10", "1", "10", "", "迟到"),
            List.of("LATE_ARRIVAL", "S01", "E201", "2026-08-03 09:10", "1", "10", "", "不在本店"));
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            multipart("/incidents/import")
                .file(new MockMultipartFile("file", "bad.xlsx", null, bad))
                .session(session)
                .with(MANAGER)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("table-danger")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"token\""))));
    assertThat(count("2026-08")).as("a preview saves nothing").isEqualTo(before);

    byte[] good =
        Workbooks.sheet(
            IncidentImport.FORMAT.names(),
            List.of("LATE_ARRIVAL", "S01", "E105", "2026-08-03 09:10", "1", "10", "", "迟到"),
            List.of("CALLBACK_DATA_MISSING", "S01", "E106", "2026-08-04", "3", "", "", ""));
    String page =
        mvc.perform(
                multipart("/incidents/import")
                    .file(new MockMultipartFile("file", "good.xlsx", null, good))
                    .session(session)
                    .with(MANAGER)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(count("2026-08")).isEqualTo(before);
    String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
    mvc.perform(
            post("/incidents/import/confirm")
                .session(session)
                .param("token", token)
                .with(MANAGER)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(count("2026-08")).isEqualTo(before + 2);
  }
}
