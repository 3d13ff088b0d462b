package kefu.policy.web;

import static kefu.Web.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.LocalizedText;
import kefu.policy.NewCopy;
import kefu.policy.PolicyPacks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The policy pages rendered through MockMvc: reading in both languages, the read-only view of an
 * executive, and copying, validating, saving and adopting as a group writer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PolicyPagesTest {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired MockMvc mvc;
  @Autowired PolicyPacks packs;

  static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  static RequestPostProcessor admin() {
    return as("admin", Role.ADMIN);
  }

  String copyOf(String packId, String newId) {
    packs.copy(ADMIN, new NewCopy(packId, null, newId, new LocalizedText("网页副本", "Web copy")));
    return newId;
  }

  @Test
  void the_list_shows_the_packs_their_versions_and_the_adoptions() throws Exception {
    mvc.perform(get("/policy").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"pack-group-cs-2010\"")))
        .andExpect(content().string(containsString("各店客服部日常工作规范及绩效考核")))
        .andExpect(content().string(containsString("第 1 版")))
        .andExpect(content().string(containsString("2026-01-01")))
        .andExpect(content().string(not(containsString("id=\"read-only\""))));
  }

  @Test
  void a_pack_page_shows_each_rule_in_words_in_the_readers_language() throws Exception {
    mvc.perform(get("/policy/packs/group-cs-2010").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("责任人 10 元；客服经理 20 元（无客服经理时由店长承担）")))
        .andExpect(content().string(containsString("客服专员、客服经理、销售前台、客服主管每人罚本人月收入的 10%")))
        .andExpect(content().string(containsString("每店每月抽查次数：每月至少 2 次，由集团客服完成")));
    mvc.perform(get("/policy/packs/ecommerce-cs-10pt").param("lang", "en").with(admin()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("0.5 points; more than 30 minutes counts as Absence")))
        .andExpect(content().string(containsString("1 points each; a month reaching a tier")))
        .andExpect(content().string(containsString("Each month starts at 10 points")));
  }

  @Test
  void an_executive_reads_without_forms_and_store_users_are_kept_out() throws Exception {
    mvc.perform(get("/policy/packs/group-cs-2010").with(as("boss", Role.EXECUTIVE)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("adopt-form"))))
        .andExpect(content().string(not(containsString("copy-form"))));
    mvc.perform(get("/policy").with(as("boss", Role.EXECUTIVE)))
        .andExpect(content().string(containsString("id=\"read-only\"")));
    mvc.perform(get("/policy/packs/group-cs-2010/edit").with(as("boss", Role.EXECUTIVE)))
        .andExpect(status().isForbidden());
    mvc.perform(
            form(
                post("/policy/packs/group-cs-2010/adoptions"),
                as("boss", Role.EXECUTIVE),
                "version=1&effectiveFrom=2026-10-01"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/policy").with(as("s01cs", Role.CS_MANAGER)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/policy").with(as("staff", Role.STAFF))).andExpect(status().isForbidden());
  }

  @Test
  void the_home_page_offers_the_policy_pages_to_group_roles() throws Exception {
    mvc.perform(get("/").with(admin()))
        .andExpect(content().string(containsString("制度即规则")))
        .andExpect(content().string(containsString("href=\"/policy\"")));
    mvc.perform(get("/").with(as("s01cs", Role.CS_MANAGER)))
        .andExpect(content().string(not(containsString("href=\"/policy\""))));
  }

  @Test
  void copying_from_the_pack_page_opens_the_new_pack() throws Exception {
    mvc.perform(
            form(
                post("/policy/packs/group-cs-2010/copy"),
                admin(),
                "version=1&newId=web-copy-1&titleZh=我们的制度&titleEn=Our rules"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/policy/packs/web-copy-1"));
    mvc.perform(get("/policy/packs/web-copy-1").with(admin()))
        .andExpect(content().string(containsString("我们的制度")))
        .andExpect(content().string(containsString("id=\"edit-link\"")));
    mvc.perform(
            form(
                post("/policy/packs/group-cs-2010/copy"),
                admin(),
                "version=1&newId=web-copy-1&titleZh=重复&titleEn=Again"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"copy-error\"")))
        .andExpect(content().string(containsString("该编号已存在")));
  }

  @Test
  void validate_shows_each_problem_with_its_line_and_field() throws Exception {
    String id = copyOf("group-cs-2010", "web-validate");
    mvc.perform(get("/policy/packs/" + id + "/edit").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<textarea")))
        .andExpect(content().string(containsString("REPORT_LATE")));
    String broken =
        packs
            .version(id, 1)
            .yaml()
            .replace("{ role: CS_MANAGER, amount: 80 }", "{ role: CS_MANAGER, amount: -80 }");
    int line = lineOf(broken, "amount: -80");
    mvc.perform(
            form(post("/policy/packs/" + id + "/validate"), admin())
                .header("HX-Request", "true")
                .param("yaml", broken))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("第 " + line + " 行 clauses[4].types[0].rule.amounts[1].amount：")))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(
            form(post("/policy/packs/" + id + "/validate"), admin())
                .param("yaml", packs.version(id, 1).yaml()))
        .andExpect(content().string(containsString("id=\"valid\"")));
  }

  @Test
  void save_stores_the_next_version_or_shows_the_problems_and_stores_nothing() throws Exception {
    String id = copyOf("ecommerce-cs-10pt", "web-save");
    String text = packs.version(id, 1).yaml();
    mvc.perform(
            form(post("/policy/packs/" + id + "/versions"), admin())
                .param("yaml", text.replace("kind: POINTS_PER_UNIT", "kind: POINTS_PER_MOON")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"problem-list\"")))
        .andExpect(content().string(containsString("POINTS_PER_MOON")));
    mvc.perform(
            form(post("/policy/packs/" + id + "/versions"), admin())
                .param(
                    "yaml",
                    text.replace("points: 0.5, minutesOver: 30", "points: 1, minutesOver: 30")))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/policy/packs/" + id + "?version=2"));
    org.assertj.core.api.Assertions.assertThat(packs.history(id).versions()).hasSize(2);
    mvc.perform(get("/policy/packs/" + id).param("version", "2").with(admin()))
        .andExpect(content().string(containsString("扣 1 分；超过 30 分钟按“缺勤”计")));
  }

  @Test
  void adopt_from_the_pack_page_for_chosen_stores() throws Exception {
    mvc.perform(
            form(
                post("/policy/packs/group-cs-2010/adoptions"),
                as("groupcs", Role.GROUP_CS),
                "version=1&effectiveFrom=2026-09-01&scopeChoice=some&storeCodes=S01&storeCodes=S02"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/policy/packs/group-cs-2010?version=1"));
    mvc.perform(get("/policy/packs/group-cs-2010").with(admin()))
        .andExpect(content().string(containsString("S01, S02")));
    mvc.perform(
            form(
                post("/policy/packs/group-cs-2010/adoptions"),
                admin(),
                "version=1&effectiveFrom=2026-09-01&scopeChoice=some"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请至少选择一个门店")));
  }

  @Test
  void the_in_force_page_answers_for_a_store_and_a_day() throws Exception {
    mvc.perform(get("/policy/in-force").with(admin()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("id=\"in-force\""))));
    mvc.perform(inForce("S03", "2026-10-08"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"in-force-group-cs-2010\"")))
        .andExpect(content().string(containsString("id=\"in-force-ecommerce-cs-10pt\"")))
        .andExpect(content().string(containsString("报表未按时发送")));
    mvc.perform(inForce("S03", "2025-12-31"))
        .andExpect(content().string(containsString("id=\"none-in-force\"")));
  }

  private static MockHttpServletRequestBuilder inForce(String storeCode, String date) {
    return get("/policy/in-force").param("storeCode", storeCode).param("date", date).with(admin());
  }

  private static int lineOf(String text, String fragment) {
    int index = text.indexOf(fragment);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }
}
