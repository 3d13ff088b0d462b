package kefu.organization;

import static kefu.Web.form;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kefu.audit.AuditAction;
import kefu.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logins, the lock after repeated failures, and passwords changed by owners and admins. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountsAndLoginTest {

  /** The demo password, given to the accounts each test makes for itself. */
  static final String PASSWORD = "kefu-demo-2026";

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired UserAccountRepository users;
  @Autowired Accounts accounts;

  /**
   * An account only the calling test uses: locking or re-keying a demo login would break the other
   * classes that share this context and sign in as it.
   */
  String ownAccount(String username, Role role) {
    accounts.createSharingPassword(
        new AccessScope("admin", Role.ADMIN, null, null),
        List.of(new Accounts.AccountForm(username, role, null, null, true)),
        PASSWORD);
    return username;
  }

  @Test
  void aFormLoginIsAudited() throws Exception {
    mvc.perform(formLogin().user("groupcs").password("kefu-demo-2026")).andExpect(authenticated());
    assertThat(audit.forEntity("user", "groupcs"))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.LOGIN));
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
    String cs = ownAccount("lock-cs", Role.GROUP_CS);
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user(cs).password("wrong-" + i)).andExpect(unauthenticated());
    }
    // the right password no longer works while the lock lasts
    mvc.perform(formLogin().user(cs).password(PASSWORD)).andExpect(unauthenticated());
    assertThat(audit.forEntity("user", cs))
        .filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED)
        .hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void usersChangeTheirOwnPasswordAndAdminsResetOthers() throws Exception {
    String exec = ownAccount("pw-exec", Role.EXECUTIVE);
    String other = ownAccount("pw-other", Role.EXECUTIVE);
    var execLogin = user(exec).roles("EXECUTIVE");
    mvc.perform(
            form(
                post("/account/password"),
                execLogin,
                "currentPassword=wrong&newPassword=new-password-1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(formLogin().user(exec).password("new-password-1")).andExpect(unauthenticated());

    mvc.perform(
            form(
                post("/account/password"),
                execLogin,
                "currentPassword=" + PASSWORD + "&newPassword=new-password-1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(formLogin().user(exec).password("new-password-1")).andExpect(authenticated());

    long otherId = users.findByUsername(other).orElseThrow().getId();
    mvc.perform(form(post("/admin/users/" + otherId + "/password"), ADMIN, "password=reset-pass-9"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(formLogin().user(other).password("reset-pass-9")).andExpect(authenticated());
    mvc.perform(
            form(
                post("/admin/users"),
                ADMIN,
                "username=newcs&role=CS_MANAGER&storeCode=S02&password=first-pass-1"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(formLogin().user("newcs").password("first-pass-1")).andExpect(authenticated());
  }

  @Test
  void csrfIsRequiredOnForms() throws Exception {
    mvc.perform(
            post("/account/password")
                .with(user("boss").roles("EXECUTIVE"))
                .param("currentPassword", "kefu-demo-2026")
                .param("newPassword", "x-password-2"))
        .andExpect(status().isForbidden());
  }

  @Test
  void staffFollowTheirOwnRecordAcrossATransfer() throws Exception {
    staffLogin("T100", "调动员工", "staff100");
    mvc.perform(
            json(
                post("/api/v1/employees/T100/assignments"),
                ADMIN,
                "{\"storeCode\":\"S02\",\"position\":\"CS_AGENT\",\"from\":\"2026-06-01\"}"))
        .andExpect(status().isCreated());

    var staff = user("staff100").roles("STAFF");
    mvc.perform(get("/api/v1/employees/T100").with(staff))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.storeCode").value("S02"));
    mvc.perform(get("/api/v1/stores/S02").with(staff)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/stores/S01").with(staff)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/employees/E204").with(staff)).andExpect(status().isNotFound());
  }

  @Test
  void theUserListStartsEachRowFromItsEmployeeSoSavingTheRowKeepsTheLink() throws Exception {
    staffLogin("T110", "链接员工", "staff110");
    long id = users.findByUsername("staff110").orElseThrow().getId();

    String page =
        mvc.perform(get("/admin/users").with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    int field = page.indexOf("id=\"employeeCode-" + id + "\"");
    assertThat(field).isPositive();
    // the row's picker up to the next row
    String row = page.substring(field, page.indexOf("</tr>", field));
    assertThat(row).contains("value=\"T110\"").contains("链接员工");

    // the row's form as the page sends it back: role and enabled changed, employee as shown
    mvc.perform(
            form(
                post("/admin/users/" + id),
                ADMIN,
                "role=STAFF&storeCode=&employeeCode=T110&enabled=false"))
        .andExpect(status().is3xxRedirection());
    assertThat(users.findByUsername("staff110").orElseThrow().getEmployeeId()).isNotNull();
  }

  /** A new S01 agent {@code code} and a STAFF login for them, made as an administrator would. */
  private void staffLogin(String code, String name, String username) throws Exception {
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                """
                {"code":"%s","name":"%s","storeCode":"S01","position":"CS_AGENT",
                 "level":"JUNIOR","hiredOn":"2026-01-05","baseSalary":3000.00}"""
                    .formatted(code, name)))
        .andExpect(status().isCreated());
    mvc.perform(
            form(
                post("/admin/users"),
                ADMIN,
                "username=%s&role=STAFF&employeeCode=%s&password=staff-pass-1"
                    .formatted(username, code)))
        .andExpect(status().is3xxRedirection());
  }
}
