package kefu.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kefu.Web;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Corrections of the custody registers: an entry is never edited; a correction is a new entry
 * citing it, written only by who may write where the entry is kept, audited, and shown beside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class CorrectionsScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterStaff s;

  @BeforeEach
  void aStoreOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "C");
  }

  ResultActions call(RequestPostProcessor who, String path, String body) throws Exception {
    return mvc.perform(Web.json(post(path), who, body));
  }

  long id(ResultActions answer) throws Exception {
    return ((Number) JsonPath.read(Web.body(answer), "$.id")).longValue();
  }

  long loan() throws Exception {
    long key =
        id(
            call(
                    Web.ADMIN,
                    "/api/v1/keys",
                    "{\"storeCode\":\"%s\",\"code\":\"K-C\",\"keyClass\":\"GATE\",\"custodianCode\":\"%s\",\"sealed\":false}"
                        .formatted(s.store, s.code("CU")))
                .andExpect(status().isCreated()));
    return id(
        call(
                s.login("CM"),
                "/api/v1/keys/" + key + "/loans",
                "{\"borrowerCode\":\"%s\",\"approverCode\":\"%s\",\"purpose\":\"开大门\"}"
                    .formatted(s.code("A1"), s.code("CM")))
            .andExpect(status().isCreated()));
  }

  static String correction(String entry, long id, String reason) {
    return "{\"entry\":\"%s\",\"entryId\":%d,\"reason\":%s,\"correction\":\"借用人应为 A2\"}"
        .formatted(entry, id, reason == null ? "null" : "\"" + reason + "\"");
  }

  @Test
  void aLoanIsCorrectedByANewEntryShownBesideItWhileTheLoanStaysAsWritten() throws Exception {
    long loan = loan();

    long correction =
        id(
            call(
                    s.login("CM"),
                    "/api/v1/registers/corrections",
                    correction("key-loan", loan, "借用人工号填错"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entry").value("key-loan"))
                .andExpect(jsonPath("$.storeCode").value(s.store)));

    assertThat(
            jdbc.sql("select borrower_code from key_loan where id = ?")
                .param(loan)
                .query(String.class)
                .single())
        .isEqualTo(s.code("A1"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'register-correction'"
                        + " and entity_id = ? and after_json like ?")
                .params(String.valueOf(correction), "%key-loan:" + loan + "%")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/api/v1/registers/corrections").param("storeCode", s.store).with(Web.ADMIN))
        .andExpect(
            jsonPath("$[?(@.entryId == " + loan + ")].reason")
                .value(org.hamcrest.Matchers.hasItem("借用人工号填错")));
    assertThat(
            Web.body(
                mvc.perform(get("/registers/keys").param("storeCode", s.store).with(Web.ADMIN))))
        .contains("data-correction=\"" + correction + "\"")
        .contains("更正：借用人工号填错 —— 借用人应为 A2");
  }

  @Test
  void aCorrectionCitingNothingTheUserKeepsOrGivingNoReasonIsRefusedAndWritesNothing()
      throws Exception {
    long loan = loan();
    long before = jdbc.sql("select count(*) from register_correction").query(Long.class).single();

    call(Web.ADMIN, "/api/v1/registers/corrections", correction("key-loan", loan, null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    call(Web.ADMIN, "/api/v1/registers/corrections", correction("key-loan", 999999, "错"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("entryId"));
    call(Web.S01_CS, "/api/v1/registers/corrections", correction("key-loan", loan, "错"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("entryId"))
        .andExpect(jsonPath("$.errors[0].message").value("您保管的登记中没有这条登记"));
    call(Web.ADMIN, "/api/v1/registers/corrections", correction("member", loan, "错"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("entry"));
    call(Web.STAFF, "/api/v1/registers/corrections", correction("key-loan", loan, "错"))
        .andExpect(status().isForbidden());

    assertThat(jdbc.sql("select count(*) from register_correction").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aHazmatDrawIsCorrectedFromItsPageFormAndAUniformDamageFromTheUniformPage() throws Exception {
    long receipt =
        id(
            call(
                    Web.ADMIN,
                    "/api/v1/hazmat/stock",
                    "{\"storeCode\":\"%s\",\"item\":\"酒精\",\"quantity\":2}".formatted(s.store))
                .andExpect(status().isCreated()));
    mvc.perform(
            Web.form(
                post("/registers/hazmat/corrections"),
                s.login("CM"),
                "storeCode=%s&entry=hazmat-movement&entryId=%d&reason=入库数量记错&correction=应为 1.5 升"
                    .formatted(s.store, receipt)))
        .andExpect(redirectedUrl("/registers/hazmat?storeCode=" + s.store));
    assertThat(
            Web.body(
                mvc.perform(
                    get("/registers/hazmat").param("storeCode", s.store).with(s.login("CM")))))
        .contains("入库数量记错");

    long damage =
        id(
            call(
                    Web.ADMIN,
                    "/api/v1/uniforms/damages",
                    "{\"employeeCode\":\"%s\",\"item\":\"SHIRT\",\"size\":\"M\",\"kind\":\"DAMAGE\",\"personalFault\":false,\"reportedOn\":\"2026-10-08\"}"
                        .formatted(s.code("A1")))
                .andExpect(status().isCreated()));
    String refused =
        Web.body(
            mvc.perform(
                    Web.form(
                        post("/registers/uniforms/corrections"),
                        Web.ADMIN,
                        "entry=uniform-damage&entryId=%d&reason=&correction=应为丢失"
                            .formatted(damage)))
                .andExpect(status().isOk()));
    assertThat(refused).contains("data-problem=\"reason\"");
    mvc.perform(
            Web.form(
                post("/registers/uniforms/corrections"),
                Web.ADMIN,
                "entry=uniform-damage&entryId=%d&reason=情形选错&correction=应为丢失".formatted(damage)))
        .andExpect(redirectedUrl("/registers/uniforms"));
    assertThat(Web.body(mvc.perform(get("/registers/uniforms").with(Web.ADMIN))))
        .contains("更正：情形选错 —— 应为丢失");
  }
}
