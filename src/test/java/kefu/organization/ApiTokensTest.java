package kefu.organization;

import static kefu.Web.ADMIN;
import static kefu.Web.body;
import static kefu.Web.form;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import kefu.audit.AuditAction;
import kefu.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Personal API tokens over HTTP: the contract others build on, scope, revocation, the page. */
@SpringBootTest(properties = "kefu.api-docs.public=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiTokensTest {

  static final String PASSWORD = "kefu-demo-2026";

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired ApiTokenRepository tokens;
  @Autowired UserAccountRepository users;

  /** Makes a token as the given demo user with their password and returns its id and secret. */
  private String[] token(String username, String body) throws Exception {
    String json =
        body(
            mvc.perform(json(post("/api/v1/tokens"), httpBasic(username, PASSWORD), body))
                .andExpect(status().isCreated()));
    return new String[] {
      String.valueOf(JsonPath.<Integer>read(json, "$.id")), JsonPath.read(json, "$.token")
    };
  }

  private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder b, String t) {
    return b.header("Authorization", "Bearer " + t);
  }

  @Test
  void aTokenIsShownOnceAndThenActsForItsOwner() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/tokens"),
                httpBasic("groupcs", PASSWORD),
                "{\"name\":\"ci\",\"expiresOn\":\"2099-01-31\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.name").value("ci"))
        .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.matchesRegex("kefu_.{43}")))
        .andExpect(jsonPath("$.createdAt").isString())
        .andExpect(jsonPath("$.expiresOn").value("2099-01-31"));
    String[] t = token("groupcs", "{\"name\":\"load\"}");

    mvc.perform(bearer(get("/api/v1/employees/E201"), t[1])).andExpect(status().isOk());
    mvc.perform(bearer(get("/api/v1/tokens"), t[1]))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].name", hasItem("load")))
        .andExpect(jsonPath("$[0].expiresOn").exists())
        .andExpect(content().string(not(containsString("kefu_"))))
        .andExpect(content().string(not(containsString("\"token\""))));
    assertThat(tokens.findById(Long.parseLong(t[0])).orElseThrow().getLastUsedAt()).isNotNull();
    // the database keeps only the digest
    assertThat(tokens.findById(Long.parseLong(t[0])).orElseThrow())
        .extracting("secretHash")
        .isEqualTo(ApiTokens.digest(t[1]))
        .isNotEqualTo(t[1]);
  }

  @Test
  void aStoreUsersTokenSeesOnlyTheirStore() throws Exception {
    String[] t = token("s01cs", "{\"name\":\"s01 report\"}");
    mvc.perform(bearer(get("/api/v1/employees"), t[1]))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].storeCode", hasItem("S01")))
        .andExpect(jsonPath("$[*].storeCode", not(hasItem("S02"))));
    mvc.perform(bearer(get("/api/v1/employees/E201"), t[1])).andExpect(status().isNotFound());
    mvc.perform(bearer(get("/api/v1/stores/S02"), t[1])).andExpect(status().isNotFound());
    mvc.perform(
            bearer(post("/api/v1/stores"), t[1])
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"T9\",\"name\":\"令牌店\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void unknownRevokedAndExpiredTokensAnswer401Problems() throws Exception {
    for (String bad : new String[] {"kefu_not-a-real-token", "something-else", ""}) {
      mvc.perform(bearer(get("/api/v1/employees"), bad))
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.status").value(401));
    }

    String[] t = token("boss", "{\"name\":\"short-lived\"}");
    mvc.perform(bearer(get("/api/v1/stores"), t[1])).andExpect(status().isOk());
    mvc.perform(delete("/api/v1/tokens/" + t[0]).with(httpBasic("boss", PASSWORD)))
        .andExpect(status().isNoContent());
    mvc.perform(bearer(get("/api/v1/stores"), t[1])).andExpect(status().isUnauthorized());
    mvc.perform(delete("/api/v1/tokens/" + t[0]).with(httpBasic("boss", PASSWORD)))
        .andExpect(status().isNotFound());

    String secret = "kefu_expired-yesterday-secret";
    tokens.save(
        new ApiToken(
            users.findByUsername("boss").orElseThrow(),
            "old",
            ApiTokens.digest(secret),
            Instant.now(),
            LocalDate.now().minusDays(2)));
    mvc.perform(bearer(get("/api/v1/stores"), secret))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void aDisabledOwnersTokensStopWorking() throws Exception {
    String[] t = token("s01manager", "{\"name\":\"nightly\"}");
    mvc.perform(bearer(get("/api/v1/stores"), t[1])).andExpect(status().isOk());
    long id = users.findByUsername("s01manager").orElseThrow().getId();
    mvc.perform(
            form(
                post("/admin/users/" + id),
                ADMIN,
                "role=STORE_MANAGER&storeCode=S01&enabled=false"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(bearer(get("/api/v1/stores"), t[1]))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void onlyTheOwnerOrAnAdministratorSeesAndRevokesAToken() throws Exception {
    String[] t = token("s02cs", "{\"name\":\"mine\"}");
    mvc.perform(get("/api/v1/tokens").with(httpBasic("s01cs", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", not(hasItem(Integer.parseInt(t[0])))));
    mvc.perform(delete("/api/v1/tokens/" + t[0]).with(httpBasic("s01cs", PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tokens").with(httpBasic("admin", "admin-test-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.name == 'mine')].username", hasItem("s02cs")));
    mvc.perform(delete("/api/v1/tokens/" + t[0]).with(httpBasic("admin", "admin-test-pw")))
        .andExpect(status().isNoContent());
    assertThat(audit.forEntity("api-token", t[0]))
        .extracting(e -> e.action())
        .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.DELETE);
  }

  @Test
  void aTokenNeedsANameAndAnExpiryThatIsNotPast() throws Exception {
    RequestPostProcessor groupCs = httpBasic("groupcs", PASSWORD);
    mvc.perform(
            json(
                post("/api/v1/tokens"),
                groupCs,
                "{\"name\":\"late\",\"expiresOn\":\"2020-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
    mvc.perform(json(post("/api/v1/tokens"), groupCs, "{\"name\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
  }

  @Test
  void thePageShowsTheSecretOnceAndRevokes() throws Exception {
    RequestPostProcessor staff = user("staff").roles("STAFF");
    String secret =
        (String)
            mvc.perform(form(post("/account/tokens"), staff, "name=手机"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("secret"))
                .andReturn()
                .getFlashMap()
                .get("secret");
    mvc.perform(get("/account/tokens").with(staff).flashAttr("secret", secret))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(secret)));
    mvc.perform(get("/account/tokens").with(staff))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("手机")))
        .andExpect(content().string(not(containsString(secret))));
    mvc.perform(bearer(get("/api/v1/employees/E104"), secret)).andExpect(status().isOk());

    long id = tokens.ownedBy("staff").get(0).getId();
    mvc.perform(post("/account/tokens/" + id + "/revoke").with(staff).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(bearer(get("/api/v1/employees/E104"), secret)).andExpect(status().isUnauthorized());
    mvc.perform(form(post("/account/tokens"), staff, "name="))
        .andExpect(flash().attribute("errorField", "name"));
  }

  @Test
  void theOpenApiDocumentCanBeOpenAndDescribesTheBearerScheme() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
  }
}
