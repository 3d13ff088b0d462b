package kefu.policy.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The policy-pack API as API.md states it, over HTTP Basic with the demo logins. Adoptions here
 * only re-adopt a built-in version, which changes no consequence for other tests in the context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PolicyPackApiTest {

  static final String ADOPT_ALL = "{\"effectiveFrom\":\"2026-10-01\",\"storeCodes\":null}";

  @Autowired MockMvc mvc;

  static RequestPostProcessor admin() {
    return httpBasic("admin", "admin-test-pw");
  }

  static RequestPostProcessor demo(String user) {
    return httpBasic(user, "kefu-demo-2026");
  }

  static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** An adoption of the pack's built-in version, as the API takes it. */
  static MockHttpServletRequestBuilder adoption(String packId, String body) {
    return json(post("/api/v1/policy-packs/" + packId + "/adoptions"), body);
  }

  static MockHttpServletRequestBuilder inForce(String storeCode, String date) {
    return get("/api/v1/policy-packs/in-force").param("storeCode", storeCode).param("date", date);
  }

  @Test
  void the_list_holds_both_built_in_packs_with_their_clauses_and_readable_rules() throws Exception {
    mvc.perform(get("/api/v1/policy-packs").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItems("group-cs-2010", "ecommerce-cs-10pt")))
        .andExpect(jsonPath("$[?(@.id=='group-cs-2010')].builtIn", hasItem(true)))
        .andExpect(jsonPath("$[?(@.id=='group-cs-2010')].documentNumber", hasItem("JTKF2010320-1")))
        .andExpect(jsonPath("$[?(@.id=='group-cs-2010')].title.zh", hasItem("各店客服部日常工作规范及绩效考核")))
        .andExpect(jsonPath("$[?(@.id=='group-cs-2010')].clauses[0].number", hasItem("§1")))
        .andExpect(
            jsonPath(
                "$[?(@.id=='group-cs-2010')].clauses[0].types[0].rule.zh",
                hasItem("责任人 10 元；客服经理 20 元（无客服经理时由店长承担）")))
        .andExpect(
            jsonPath(
                "$[?(@.id=='group-cs-2010')].clauses[0].types[0].rule.kind",
                hasItem("FINE_PER_UNIT")))
        .andExpect(jsonPath("$[?(@.id=='ecommerce-cs-10pt')].versions[0].version", hasItem(1)));
  }

  @Test
  void one_pack_comes_with_its_yaml_and_an_unknown_one_is_404() throws Exception {
    mvc.perform(get("/api/v1/policy-packs/ecommerce-cs-10pt").with(demo("s01cs")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.yaml", startsWith("# Built-in pack")));
    mvc.perform(get("/api/v1/policy-packs/no-such-pack").with(admin()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void adopting_answers_201_with_the_adoption() throws Exception {
    mvc.perform(adoption("group-cs-2010", ADOPT_ALL).with(admin()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.packId").value("group-cs-2010"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.effectiveFrom").value("2026-10-01"))
        .andExpect(jsonPath("$.allStores").value(true));
    mvc.perform(
            adoption("group-cs-2010", "{\"effectiveFrom\":\"2026-11-01\",\"storeCodes\":[\"S01\"]}")
                .with(demo("groupcs")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.storeCodes[0]").value("S01"));
    mvc.perform(get("/api/v1/policy-packs/adoptions").with(demo("boss")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].effectiveFrom", hasItems("2026-01-01", "2026-10-01")));
  }

  @Test
  void an_unknown_store_or_a_missing_date_is_400_with_the_field() throws Exception {
    mvc.perform(
            adoption("group-cs-2010", "{\"effectiveFrom\":\"2026-10-01\",\"storeCodes\":[\"S99\"]}")
                .with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("storeCodes"));
    mvc.perform(adoption("group-cs-2010", "{}").with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    mvc.perform(adoption("no-such-pack", ADOPT_ALL).with(admin())).andExpect(status().isNotFound());
  }

  @Test
  void executives_and_store_users_may_not_adopt() throws Exception {
    mvc.perform(adoption("group-cs-2010", ADOPT_ALL).with(demo("boss")))
        .andExpect(status().isForbidden());
    mvc.perform(adoption("group-cs-2010", ADOPT_ALL).with(demo("s01cs")))
        .andExpect(status().isForbidden());
  }

  @Test
  void without_credentials_it_is_401() throws Exception {
    mvc.perform(get("/api/v1/policy-packs")).andExpect(status().isUnauthorized());
    mvc.perform(adoption("group-cs-2010", ADOPT_ALL)).andExpect(status().isUnauthorized());
  }

  @Test
  void in_force_lists_the_packs_and_versions_that_apply() throws Exception {
    mvc.perform(inForce("S01", "2026-10-08").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].packId", hasItems("group-cs-2010", "ecommerce-cs-10pt")))
        .andExpect(
            jsonPath("$[?(@.packId=='group-cs-2010')].governedTypes[*]", hasItem("REPORT_LATE")));
    mvc.perform(inForce("S01", "not-a-date").with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    // a store user asking about another store learns nothing
    mvc.perform(inForce("S02", "2026-10-08").with(demo("s01cs"))).andExpect(status().isNotFound());
  }

  @Test
  void copy_validate_and_save_a_version_over_the_api() throws Exception {
    mvc.perform(
            json(
                    post("/api/v1/policy-packs/ecommerce-cs-10pt/copies"),
                    "{\"packId\":\"api-copy\",\"title\":{\"zh\":\"副本\",\"en\":\"Copy\"}}")
                .with(admin()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value("api-copy"))
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.builtIn").value(false));
    mvc.perform(
            json(
                    post("/api/v1/policy-packs/api-copy/validation"),
                    "{\"yaml\":\"id: api-copy\\nversion: 1\\ntitle: {zh: a}\\n\"}")
                .with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.problems[*].field", hasItems("title.en", "clauses")));
    mvc.perform(
            json(
                    post("/api/v1/policy-packs/api-copy/versions"),
                    "{\"yaml\":\"id: api-copy\\nversion: 1\\n\"}")
                .with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItems("title", "clauses")));
  }
}
