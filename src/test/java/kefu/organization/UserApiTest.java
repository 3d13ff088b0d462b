package kefu.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/users}: an administrator makes logins; the new login works at once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserApiTest {

  @Autowired MockMvc mvc;

  private ResultActions create(String user, String password, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/users")
            .with(httpBasic(user, password))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /** An administrator's new login refused with 400, on the field. */
  private void refusedOn(String field, String body) throws Exception {
    create("admin", "admin-test-pw", body)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  @Test
  void anAdministratorMakesAStoreLoginThatSeesOnlyTheEmployeesStore() throws Exception {
    create(
            "admin",
            "admin-test-pw",
            "{\"username\":\"e105\",\"password\":\"Winter-Harbour-42\",\"role\":\"CS_MANAGER\","
                + "\"employeeCode\":\"E105\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.username").value("e105"))
        .andExpect(jsonPath("$.role").value("CS_MANAGER"));

    mvc.perform(get("/api/v1/stores/S01").with(httpBasic("e105", "Winter-Harbour-42")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/stores/S02").with(httpBasic("e105", "Winter-Harbour-42")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/users").with(httpBasic("admin", "admin-test-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.username == 'e105')].role").value("CS_MANAGER"));
  }

  @Test
  void weakPasswordsUnknownEmployeesAndDuplicatesAreRefused() throws Exception {
    refusedOn(
        "password",
        "{\"username\":\"weak\",\"password\":\"1234567890\",\"role\":\"STAFF\","
            + "\"employeeCode\":\"E104\"}");
    refusedOn(
        "employeeCode",
        "{\"username\":\"ghost\",\"password\":\"Winter-Harbour-42\",\"role\":\"STAFF\","
            + "\"employeeCode\":\"E999\"}");
    create(
            "admin",
            "admin-test-pw",
            "{\"username\":\"groupcs\",\"password\":\"Winter-Harbour-42\",\"role\":\"GROUP_CS\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void onlyAdministratorsMakeLogins() throws Exception {
    create(
            "groupcs",
            "kefu-demo-2026",
            "{\"username\":\"x1\",\"password\":\"Winter-Harbour-42\",\"role\":\"GROUP_CS\"}")
        .andExpect(status().isForbidden());
  }
}
