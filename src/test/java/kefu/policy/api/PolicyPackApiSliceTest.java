package kefu.policy.api;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.organization.WebSlice;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleDescriptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The policy-pack REST resource alone, the stored packs mocked. */
@WebMvcTest(PolicyPackApi.class)
@WebSlice
class PolicyPackApiSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean PolicyPacks packs;
  @MockitoBean RuleDescriptions descriptions;

  @Test
  void validationAnswersEveryProblemWithItsLineAndField() throws Exception {
    when(packs.validate("ecommerce-cs-10pt", "clauses: []"))
        .thenReturn(List.of(new PackProblem(1, "clauses", "at least one clause")));

    mvc.perform(
            post("/api/v1/policy-packs/ecommerce-cs-10pt/validation")
                .with(user("groupcs").roles("GROUP_CS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"yaml\":\"clauses: []\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.problems[0].line").value(1))
        .andExpect(jsonPath("$.problems[0].field").value("clauses"));
  }

  @Test
  void anEmptyDocumentIsRefusedOnItsFieldWithoutParsing() throws Exception {
    mvc.perform(
            post("/api/v1/policy-packs/ecommerce-cs-10pt/validation")
                .with(user("groupcs").roles("GROUP_CS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"yaml\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("yaml"));
    verifyNoInteractions(packs);
  }
}
