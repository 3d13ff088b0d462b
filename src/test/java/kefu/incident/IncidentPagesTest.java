package kefu.incident;

import static kefu.Web.body;
import static kefu.Web.form;
import static kefu.Web.token;
import static kefu.Web.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
    return RecordedIncidents.inMonth(ledger, month);
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
            form(
                post("/incidents"),
                MANAGER,
                "type=WORK_NOT_COMPLETED&storeCode=S01&employeeCode=E104"
                    + "&occurredAt=2026-09-08T10:00&points=3"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("incident-problems")));
    assertThat(count("2026-09")).isEqualTo(before);
  }

  @Test
  void recordVoidAndAppealThroughThePages() throws Exception {
    String location =
        mvc.perform(
                form(
                    post("/incidents"),
                    MANAGER,
                    "type=ATTITUDE_COMPLAINT&storeCode=S01&employeeCode=E104"
                        + "&occurredAt=2026-09-09T11:00&note=顾客投诉态度"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(get(location).with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("ecommerce-cs-10pt")));

    mvc.perform(form(post(location + "/appeal"), user("staff").roles("STAFF"), "reason=顾客误会"))
        .andExpect(status().is3xxRedirection());
    // the CS manager recorded it: the store manager decides
    mvc.perform(
            form(
                post(location + "/appeal/decision"),
                user("s01manager").roles("STORE_MANAGER"),
                "grant=true&reason=核实属实"))
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
    mvc.perform(upload("/incidents/import", MANAGER, "bad.xlsx", bad).session(session))
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
        body(
            mvc.perform(upload("/incidents/import", MANAGER, "good.xlsx", good).session(session))
                .andExpect(status().isOk()));
    assertThat(count("2026-08")).isEqualTo(before);
    mvc.perform(
            form(post("/incidents/import/confirm"), MANAGER, "token=" + token(page))
                .session(session))
        .andExpect(status().is3xxRedirection());
    assertThat(count("2026-08")).isEqualTo(before + 2);
  }
}
