package kefu.organization.api;

import static kefu.Web.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.organization.Organization;
import kefu.organization.SignedInSlice;
import kefu.organization.Store;
import kefu.organization.WebSlice;
import kefu.platform.Forbidden;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The stores and employees REST resources alone, the organization's use cases mocked. */
@WebMvcTest(OrganizationApi.class)
@WebSlice
class OrganizationApiSliceTest extends SignedInSlice {

  @MockitoBean Organization organization;

  OrganizationApiSliceTest() {
    super(GROUP_CS);
  }

  @Test
  void storesAreListedAsTheUseCaseSeesThemInTheCallersScope() throws Exception {
    when(organization.visibleStores(caller))
        .thenReturn(List.of(new Store("S01", "一店"), new Store("S02", "二店")));

    mvc.perform(get("/api/v1/stores").with(login()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("S01"))
        .andExpect(jsonPath("$[1].name").value("二店"));
  }

  @Test
  void aStoreCodeWithSpacesIsRefusedOnItsFieldBeforeTheUseCaseRuns() throws Exception {
    mvc.perform(json(post("/api/v1/stores"), login(), "{\"code\":\"S 04\",\"name\":\"四店\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    verifyNoInteractions(organization);
  }

  @Test
  void aStoreTheUseCaseForbidsAnswers403() throws Exception {
    when(organization.createStore(any(), any(), any())).thenThrow(new Forbidden("forbidden"));

    mvc.perform(
            json(
                post("/api/v1/stores"),
                user("s01cs").roles("CS_MANAGER"),
                "{\"code\":\"S04\",\"name\":\"四店\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
  }
}
