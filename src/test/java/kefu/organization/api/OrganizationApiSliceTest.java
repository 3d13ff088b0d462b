package kefu.organization.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.Store;
import kefu.organization.WebSlice;
import kefu.platform.Forbidden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The stores and employees REST resources alone, the organization's use cases mocked. */
@WebMvcTest(OrganizationApi.class)
@WebSlice
class OrganizationApiSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean Organization organization;
  @Autowired CurrentUser currentUser;

  final AccessScope groupCs = new AccessScope("groupcs", Role.GROUP_CS, null, null);

  @BeforeEach
  void caller() {
    when(currentUser.scope()).thenReturn(groupCs);
  }

  @Test
  void storesAreListedAsTheUseCaseSeesThemInTheCallersScope() throws Exception {
    when(organization.visibleStores(groupCs))
        .thenReturn(List.of(new Store("S01", "一店"), new Store("S02", "二店")));

    mvc.perform(get("/api/v1/stores").with(user("groupcs").roles("GROUP_CS")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("S01"))
        .andExpect(jsonPath("$[1].name").value("二店"));
  }

  @Test
  void aStoreCodeWithSpacesIsRefusedOnItsFieldBeforeTheUseCaseRuns() throws Exception {
    mvc.perform(
            post("/api/v1/stores")
                .with(user("groupcs").roles("GROUP_CS"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"S 04\",\"name\":\"四店\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    verifyNoInteractions(organization);
  }

  @Test
  void aStoreTheUseCaseForbidsAnswers403() throws Exception {
    when(organization.createStore(any(), any(), any())).thenThrow(new Forbidden("forbidden"));

    mvc.perform(
            post("/api/v1/stores")
                .with(user("s01cs").roles("CS_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"S04\",\"name\":\"四店\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403));
  }
}
