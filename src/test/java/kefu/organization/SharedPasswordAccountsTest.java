package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.List;
import kefu.organization.Accounts.AccountForm;
import kefu.platform.BadInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts created together with one password, as the demo group's logins are. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SharedPasswordAccountsTest {

  private static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired Accounts accounts;
  @Autowired UserAccountRepository users;
  @Autowired MockMvc mvc;

  @Test
  void accountsSharingAPasswordStoreOneHashAndEachSignsInWithIt() throws Exception {
    accounts.createSharingPassword(
        ADMIN,
        List.of(
            new AccountForm("shared-a", Role.GROUP_CS, null, null, true),
            new AccountForm("shared-b", Role.EXECUTIVE, null, null, true)),
        "shared-password");

    String hashA = users.findByUsername("shared-a").orElseThrow().getPasswordHash();
    String hashB = users.findByUsername("shared-b").orElseThrow().getPasswordHash();
    assertThat(hashA).isEqualTo(hashB).doesNotContain("shared-password");
    mvc.perform(formLogin().user("shared-a").password("shared-password"))
        .andExpect(authenticated());
    mvc.perform(formLogin().user("shared-b").password("shared-password"))
        .andExpect(authenticated());
  }

  @Test
  void aSharedPasswordObeysTheSameLengthRule() {
    assertThatThrownBy(
            () ->
                accounts.createSharingPassword(
                    ADMIN,
                    List.of(new AccountForm("shared-short", Role.STAFF, null, null, true)),
                    "short"))
        .isInstanceOf(BadInput.class);
    assertThat(users.existsByUsername("shared-short")).isFalse();
  }

  @Test
  void theDemoLoginsShareOneHash() {
    assertThat(
            List.of("groupcs", "boss", "s01manager", "s01cs", "s02cs", "staff").stream()
                .map(u -> users.findByUsername(u).orElseThrow().getPasswordHash())
                .distinct())
        .hasSize(1);
  }
}
