package kefu.registers.uniforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kefu.Web;
import kefu.registers.RegisterStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Uniforms over the API as SPEC §8.4 says it: a plan an executive approves, its delivery accepted
 * into stock, issues on a requisition the department head signs (409 when short, nothing written),
 * compensation only for a personal fault, the new-hire sets and the renewals due from the pack.
 */
abstract class UniformRegisterScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterStaff s;
  String shirt;

  @BeforeEach
  void aStoreAndAnItemOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "U");
    shirt = "SHIRT-" + s.store;
  }

  ResultActions call(RequestPostProcessor who, String path, String body) throws Exception {
    return mvc.perform(Web.json(post(path), who, body));
  }

  ResultActions receive(int quantity) throws Exception {
    return call(
        Web.ADMIN,
        "/api/v1/uniforms/stock",
        "{\"item\":\"%s\",\"size\":\"M\",\"quantity\":%d}".formatted(shirt, quantity));
  }

  ResultActions issue(RequestPostProcessor who, int quantity, String on, String approver)
      throws Exception {
    return call(
        who,
        "/api/v1/uniforms/issues",
        "{\"employeeCode\":\"%s\",\"item\":\"%s\",\"size\":\"M\",\"quantity\":%d,\"issuedOn\":\"%s\",\"approverCode\":\"%s\"}"
            .formatted(s.code("A1"), shirt, quantity, on, approver));
  }

  long issues() {
    return jdbc.sql("select count(*) from uniform_movement where item = ? and kind = 'ISSUE'")
        .param(shirt)
        .query(Long.class)
        .single();
  }

  @Test
  void anIssueOnTheCsManagersRequisitionTakesFromStockAndAShortOneWritesNothing() throws Exception {
    receive(20).andExpect(status().isCreated()).andExpect(jsonPath("$.balance").value(20));

    issue(s.login("CM"), 2, "2026-10-08", s.code("CM"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("ISSUE"))
        .andExpect(jsonPath("$.approval").value("OWN_LOGIN"))
        .andExpect(jsonPath("$.balance").value(18));
    issue(Web.ADMIN, 19, "2026-10-08", s.code("CM")).andExpect(status().isConflict());

    assertThat(issues()).isEqualTo(1);
    mvc.perform(get("/api/v1/uniforms/stock").with(Web.ADMIN))
        .andExpect(jsonPath("$[?(@.item == '%s')].quantity".formatted(shirt)).value(hasItem(18)));
  }

  @Test
  void aRequisitionSignedByAnAgentIsRefused() throws Exception {
    receive(5);
    issue(Web.ADMIN, 1, "2026-10-08", s.code("A2"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"));
    assertThat(issues()).isZero();
  }

  @Test
  void compensationIsSetOnlyForAPersonalFaultAndCitesDoc004() throws Exception {
    String damage =
        "{\"employeeCode\":\"%s\",\"item\":\"%s\",\"size\":\"M\",\"kind\":\"LOSS\",\"personalFault\":%s,\"compensation\":%s,\"reportedOn\":\"2026-10-12\"}";
    call(Web.ADMIN, "/api/v1/uniforms/damages", damage.formatted(s.code("A1"), shirt, false, "80"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("compensation"));
    call(Web.ADMIN, "/api/v1/uniforms/damages", damage.formatted(s.code("A1"), shirt, true, "null"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("compensation"));

    call(Web.ADMIN, "/api/v1/uniforms/damages", damage.formatted(s.code("A1"), shirt, true, "80"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.compensation").value(80.0))
        .andExpect(jsonPath("$.packId").value("cs-uniforms"))
        .andExpect(jsonPath("$.clause").value("§3.3"));
  }

  @Test
  void anExecutiveApprovesThePlanWithTheirOwnLoginAndOnlyItsDeliveryIsAccepted() throws Exception {
    long plan =
        ((Number)
                JsonPath.read(
                    Web.body(
                        call(
                                Web.ADMIN,
                                "/api/v1/uniforms/plans",
                                "{\"item\":\"%s\",\"size\":\"M\",\"style\":\"春秋款\",\"colour\":\"藏青\",\"material\":\"涤棉\",\"quantity\":10,\"budget\":1500.00}"
                                    .formatted(shirt))
                            .andExpect(status().isCreated())
                            .andExpect(jsonPath("$.status").value("PROPOSED"))),
                    "$.id"))
            .longValue();
    String accept = "/api/v1/uniforms/plans/" + plan + "/acceptance";
    call(Web.ADMIN, accept, "{\"quantity\":10}").andExpect(status().isUnprocessableContent());

    String approval = "/api/v1/uniforms/plans/" + plan + "/approval";
    call(Web.ADMIN, approval, "{\"approverCode\":\"%s\",\"approved\":true}".formatted(s.code("SM")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"));
    call(user("boss").roles("EXECUTIVE"), approval, "{\"approverCode\":\"E002\",\"approved\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.approval").value("OWN_LOGIN"));

    call(Web.ADMIN, accept, "{\"quantity\":11}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    call(Web.ADMIN, accept, "{\"quantity\":10}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.planId").value(plan))
        .andExpect(jsonPath("$.balance").value(10));
  }

  @Test
  void aNewHireIsEntitledToTheSetsOfThePackAndIsDueARenewalAfterItsCycle() throws Exception {
    mvc.perform(get("/api/v1/uniforms/entitlements/" + s.code("A1")).with(Web.ADMIN))
        .andExpect(jsonPath("$.newHireSets").value(2))
        .andExpect(jsonPath("$.outstanding").value(2));
    receive(4);
    issue(Web.ADMIN, 2, "2025-02-03", s.code("CM")).andExpect(status().isCreated());

    mvc.perform(get("/api/v1/uniforms/entitlements/" + s.code("A1")).with(Web.ADMIN))
        .andExpect(jsonPath("$.outstanding").value(0));
    mvc.perform(get("/api/v1/uniforms/renewals-due").param("asOf", "2027-02-02").with(Web.ADMIN))
        .andExpect(jsonPath("$[*].employeeCode", not(hasItem(s.code("A1")))));
    mvc.perform(get("/api/v1/uniforms/renewals-due").param("asOf", "2027-02-03").with(Web.ADMIN))
        .andExpect(
            jsonPath("$[?(@.item == '%s')].dueOn".formatted(shirt)).value(hasItem("2027-02-03")));
  }

  @Test
  void aCompensationIsADeductionLineOfTheMonthItWasReportedInCitingDoc004() throws Exception {
    call(
            Web.ADMIN,
            "/api/v1/uniforms/damages",
            "{\"employeeCode\":\"%s\",\"item\":\"%s\",\"size\":\"M\",\"kind\":\"DAMAGE\",\"personalFault\":true,\"compensation\":80.00,\"reportedOn\":\"2025-04-10\"}"
                .formatted(s.code("A2"), shirt))
        .andExpect(status().isCreated());

    call(Web.ADMIN, "/api/v1/settlements", "{\"month\":\"2025-04\"}");

    String statement = "$.statements[?(@.employeeCode == '%s')]".formatted(s.code("A2"));
    mvc.perform(get("/api/v1/settlements/2025-04").with(Web.ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath(statement + ".fineTotal").value(hasItem(80.0)))
        .andExpect(jsonPath(statement + ".lines[0].type").value(hasItem("UNIFORM_COMPENSATION")))
        .andExpect(jsonPath(statement + ".lines[0].packId").value(hasItem("cs-uniforms")))
        .andExpect(jsonPath(statement + ".lines[0].clause").value(hasItem("§3.3")))
        .andExpect(jsonPath(statement + ".lines[0].fine").value(hasItem(80.0)));
  }
}
