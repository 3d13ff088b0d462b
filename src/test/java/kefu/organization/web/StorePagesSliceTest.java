package kefu.organization.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.Store;
import kefu.organization.WebSlice;
import kefu.platform.ExcelExport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The store rows the page swaps in with htmx, rendered by the real templates, use cases mocked. */
@WebMvcTest(StoreController.class)
@WebSlice
class StorePagesSliceTest {

  @Autowired MockMvc mvc;
  @MockitoBean Organization organization;
  @MockitoBean ExcelExport excel;
  @Autowired CurrentUser currentUser;

  final AccessScope groupCs = new AccessScope("groupcs", Role.GROUP_CS, null, null);
  final AccessScope boss = new AccessScope("boss", Role.EXECUTIVE, null, null);

  /** Signs {@code who} in, both on the request and as the slice's current user; S01 is 一店. */
  private RequestPostProcessor signedInSeeingS01(AccessScope who) {
    when(currentUser.scope()).thenReturn(who);
    when(organization.store(who, "S01")).thenReturn(new Store("S01", "一店"));
    return user(who.username()).roles(who.role().name());
  }

  @Test
  void aStoreRowOffersEditingToWhoeverMayChangeIt() throws Exception {
    mvc.perform(get("/stores/S01/row").with(signedInSeeingS01(groupCs)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"store-S01\"")))
        .andExpect(content().string(Matchers.containsString("一店")))
        .andExpect(content().string(Matchers.containsString("hx-get=\"/stores/S01/edit\"")));
  }

  @Test
  void aReadOnlyViewerSeesTheRowWithoutAnEditButton() throws Exception {
    mvc.perform(get("/stores/S01/row").with(signedInSeeingS01(boss)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("一店")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("/stores/S01/edit"))));
  }

  @Test
  void aBlankNameReturnsTheEditRowMarkedInvalidAndRenamesNothing() throws Exception {
    mvc.perform(put("/stores/S01").param("name", " ").with(signedInSeeingS01(groupCs)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("is-invalid")));
    verify(organization, never()).renameStore(any(), any(), any());
  }

  @Test
  void aChangeWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    mvc.perform(put("/stores/S01").param("name", "新一店").with(user("groupcs").roles("GROUP_CS")))
        .andExpect(status().isForbidden());
    verify(organization, never()).renameStore(any(), any(), any());
  }
}
