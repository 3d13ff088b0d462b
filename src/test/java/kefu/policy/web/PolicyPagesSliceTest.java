package kefu.policy.web;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.WebSlice;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleDescriptions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's check button alone: the problems fragment htmx swaps in, packs mocked. */
@WebMvcTest(PolicyController.class)
@WebSlice
class PolicyPagesSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean PolicyPacks packs;
  @MockitoBean RuleDescriptions words;
  @MockitoBean Organization organization;
  @Autowired CurrentUser currentUser;

  @BeforeEach
  void caller() {
    when(currentUser.scope()).thenReturn(new AccessScope("groupcs", Role.GROUP_CS, null, null));
  }

  @Test
  void aCheckedTextListsEachProblemWithItsLineAndField() throws Exception {
    when(packs.validate("ecommerce-cs-10pt", "clauses: []"))
        .thenReturn(List.of(new PackProblem(7, "clauses", "at least one clause")));

    mvc.perform(validate("clauses: []"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"problem-list\"")))
        .andExpect(content().string(Matchers.containsString("clauses")))
        .andExpect(content().string(Matchers.containsString("7")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"valid\""))));
  }

  @Test
  void aTextWithoutProblemsIsSaidToBeValid() throws Exception {
    when(packs.validate("ecommerce-cs-10pt", "ok")).thenReturn(List.of());

    mvc.perform(validate("ok"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"valid\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("problem-list"))));
  }

  private static org.springframework.test.web.servlet.RequestBuilder validate(String yaml) {
    return post("/policy/packs/ecommerce-cs-10pt/validate")
        .param("yaml", yaml)
        .with(user("groupcs").roles("GROUP_CS"))
        .with(csrf());
  }
}
