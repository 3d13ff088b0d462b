package kefu.policy.api;

import static kefu.Web.json;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.organization.SignedInSlice;
import kefu.organization.WebSlice;
import kefu.policy.PackProblem;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleDescriptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The policy-pack REST resource alone, the stored packs mocked. */
@WebMvcTest(PolicyPackApi.class)
@WebSlice
class PolicyPackApiSliceTest extends SignedInSlice {

  @MockitoBean PolicyPacks packs;
  @MockitoBean RuleDescriptions descriptions;

  PolicyPackApiSliceTest() {
    super(GROUP_CS);
  }

  @Test
  void validationAnswersEveryProblemWithItsLineAndField() throws Exception {
    when(packs.validate("ecommerce-cs-10pt", "clauses: []"))
        .thenReturn(List.of(new PackProblem(1, "clauses", "at least one clause")));

    mvc.perform(validation("{\"yaml\":\"clauses: []\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.problems[0].line").value(1))
        .andExpect(jsonPath("$.problems[0].field").value("clauses"));
  }

  @Test
  void anEmptyDocumentIsRefusedOnItsFieldWithoutParsing() throws Exception {
    mvc.perform(validation("{\"yaml\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("yaml"));
    verifyNoInteractions(packs);
  }

  private MockHttpServletRequestBuilder validation(String body) {
    return json(post("/api/v1/policy-packs/ecommerce-cs-10pt/validation"), login(), body);
  }
}
