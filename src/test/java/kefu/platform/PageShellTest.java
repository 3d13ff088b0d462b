package kefu.platform;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kefu.organization.Organization;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.SettlementStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The page shell as users get it: security headers, a menu and a home page made for their role. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageShellTest {

  @Autowired MockMvc mvc;
  @Autowired Organization organization;
  @Autowired MonthClose close;

  @Test
  void everyPageForbidsInlineScriptAndKeepsTheAddressFromOtherSites() throws Exception {
    for (var page :
        new RequestBuilder[] {
          get("/login"),
          get("/").with(ADMIN),
          get("/employees").with(ADMIN),
          get("/settlements").with(GROUP_CS),
          get("/no-such-page").with(ADMIN)
        }) {
      mvc.perform(page)
          .andExpect(
              header()
                  .string(
                      "Content-Security-Policy",
                      Matchers.allOf(
                          Matchers.containsString("script-src 'self';"),
                          Matchers.containsString("style-src 'self';"),
                          Matchers.containsString("object-src 'none'"),
                          Matchers.not(Matchers.containsString("unsafe")))))
          .andExpect(header().string("Referrer-Policy", "same-origin"))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
  }

  @Test
  void theMenuShowsWhatEachModuleOffersTheRole() throws Exception {
    String admin = page(get("/").with(ADMIN));
    assertThat(admin)
        .contains("href=\"/stores\"", "href=\"/employees\"", "href=\"/policy\"")
        .contains("id=\"menu-admin\"", "href=\"/admin/users\"", "href=\"/admin/audit\"")
        .contains("href=\"/admin/settings\"");
    // the dropdown holding the open page is the active one
    assertThat(page(get("/admin/audit").with(ADMIN)))
        .containsPattern("class=\"nav-link dropdown-toggle active\"[^>]*id=\"menu-admin\"");

    String staff = page(get("/").with(STAFF));
    assertThat(staff)
        .contains("href=\"/employees\"", "href=\"/incidents\"", "href=\"/settlements\"")
        .doesNotContain("href=\"/stores\"", "href=\"/policy\"", "menu-admin", "/admin/");
  }

  @Test
  void theHomePageShowsEachRoleItsCardsAndWhatToDo() throws Exception {
    YearMonth lastMonth = YearMonth.from(organization.today()).minusMonths(1);
    // other tests in this context may have closed months already: read where they stand
    List<MonthSettlement> months = close.months();
    Optional<MonthSettlement> last =
        months.stream().filter(m -> m.month().equals(lastMonth)).findFirst();
    String groupCs = page(get("/").param("lang", "en").with(GROUP_CS));
    assertThat(groupCs)
        .contains(
            last.map(
                    m ->
                        m.status() == SettlementStatus.DRAFT
                            ? "Month "
                                + lastMonth
                                + " is computed as a draft and not yet published."
                            : "Month " + lastMonth + " is published and locked.")
                .orElse("Month " + lastMonth + " is not computed yet."))
        .contains("href=\"/policy\"", "href=\"/stores\"");
    if (last.isEmpty()) {
      assertThat(groupCs).contains("id=\"todos\"", "Compute month " + lastMonth);
    }
    months.stream()
        .filter(m -> m.status() == SettlementStatus.DRAFT)
        .forEach(
            m ->
                assertThat(groupCs)
                    .contains("Review and publish the draft of month " + m.month())
                    .contains("href=\"/settlements/" + m.month() + "\""));

    int before = incidentsThisMonth(S01_CS);
    String location = recordIncidentToday();
    assertThat(incidentsThisMonth(S01_CS)).isEqualTo(before + 1);
    mvc.perform(form(post(location + "/appeal"), STAFF, "reason=顾客误会"))
        .andExpect(status().is3xxRedirection());
    assertThat(page(get("/").param("lang", "en").with(S01_CS)))
        .containsPattern("\\d+ appeals wait for a decision")
        .doesNotContain("Compute month"); // closing months is the group's job

    // staff read and appeal; they have nothing to decide, publish or compute (their own
    // compliance work, once due, is theirs to do and may be listed)
    String staff = page(get("/").param("lang", "en").with(STAFF));
    assertThat(staff)
        .doesNotContain(
            "href=\"/stores\"", "Compute month", "Review and publish", "wait for a decision")
        .contains("incidents recorded");
  }

  private String recordIncidentToday() throws Exception {
    return mvc.perform(
            form(
                post("/incidents"),
                S01_CS,
                "type=ATTITUDE_COMPLAINT&storeCode=S01&employeeCode=E104&occurredAt="
                    + organization.today()
                    + "T00:00&note=顾客投诉态度"))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private int incidentsThisMonth(RequestPostProcessor who) throws Exception {
    Matcher m =
        Pattern.compile("(\\d+) incidents recorded in")
            .matcher(page(get("/").param("lang", "en").with(who)));
    assertThat(m.find()).as("incidents card").isTrue();
    return Integer.parseInt(m.group(1));
  }

  private String page(RequestBuilder request) throws Exception {
    return body(mvc.perform(request).andExpect(status().is2xxSuccessful()));
  }
}
