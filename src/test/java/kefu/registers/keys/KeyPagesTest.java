package kefu.registers.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kefu.Web;
import kefu.registers.RegisterStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The key page: a key registered and lent from its forms is on the day's list of keys out; a
 * refused loan shows each message at its field and saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class KeyPagesTest {

  @Autowired MockMvc mvc;

  @Test
  void aKeyLentFromTheFormIsListedAsOutWithItsBorrower() throws Exception {
    RegisterStaff s = RegisterStaff.create(mvc, "P");
    mvc.perform(
            Web.form(
                post("/registers/keys"),
                Web.ADMIN,
                "storeCode=%s&code=K-1&keyClass=GATE&custodianCode=%s"
                    .formatted(s.store, s.code("CU"))))
        .andExpect(redirectedUrl("/registers/keys?storeCode=" + s.store));
    String page =
        Web.body(mvc.perform(get("/registers/keys").param("storeCode", s.store).with(Web.ADMIN)));
    String keyId = page.replaceAll("(?s).*<option value=\"(\\d+)\">K-1</option>.*", "$1");

    String refused =
        Web.body(
            mvc.perform(
                    Web.form(
                        post("/registers/keys/loans"),
                        s.login("CM"),
                        "storeCode=%s&keyId=%s&borrowerCode=OUTSIDER&approverCode=%s&purpose=开门"
                            .formatted(s.store, keyId, s.code("CM"))))
                .andExpect(status().isOk()));
    assertThat(refused).contains("data-problem=\"borrowerCode\"").contains("钥匙只借给本公司员工，不得外借");

    mvc.perform(
            Web.form(
                post("/registers/keys/loans"),
                s.login("CM"),
                "storeCode=%s&keyId=%s&borrowerCode=%s&approverCode=%s&purpose=开门"
                    .formatted(s.store, keyId, s.code("A1"), s.code("CM"))))
        .andExpect(redirectedUrl("/registers/keys?storeCode=" + s.store));

    assertThat(
            Web.body(
                mvc.perform(
                    get("/registers/keys").with(s.login("CM")).accept(MediaType.TEXT_HTML))))
        .contains("借出：" + s.code("A1"))
        .contains("data-loan=");
  }

  @Test
  void aLossReportedFromTheFormAwaitsItsOrderAndAnApproverWhoMayNotSignIsShownAtTheField()
      throws Exception {
    RegisterStaff s = RegisterStaff.create(mvc, "L");
    mvc.perform(
            Web.form(
                post("/registers/keys"),
                Web.ADMIN,
                "storeCode=%s&code=K-9&keyClass=OFFICE&custodianCode=%s"
                    .formatted(s.store, s.code("CU"))))
        .andExpect(redirectedUrl("/registers/keys?storeCode=" + s.store));
    String page =
        Web.body(mvc.perform(get("/registers/keys").param("storeCode", s.store).with(Web.ADMIN)));
    String keyId = page.replaceAll("(?s).*<option value=\"(\\d+)\">K-9</option>.*", "$1");

    mvc.perform(
            Web.form(
                post("/registers/keys/losses"),
                s.login("CM"),
                "storeCode=%s&keyId=%s&reportedByCode=%s&circumstances=下班途中遗失"
                    .formatted(s.store, keyId, s.code("A1"))))
        .andExpect(redirectedUrl("/registers/keys?storeCode=" + s.store));
    String listed =
        Web.body(
            mvc.perform(get("/registers/keys").param("storeCode", s.store).with(s.login("CM"))));
    assertThat(listed).contains("下班途中遗失").contains("待批准处理");
    String lossId = listed.replaceAll("(?s).*data-loss=\"(\\d+)\".*", "$1");

    String refused =
        Web.body(
            mvc.perform(
                    Web.form(
                        post("/registers/keys/losses/" + lossId + "/decision"),
                        s.login("CM"),
                        "storeCode=%s&remedy=REKEY&approverCode=%s"
                            .formatted(s.store, s.code("A2"))))
                .andExpect(status().isOk()));
    assertThat(refused).contains("配换钥匙或换锁须经本店客服经理、店长或集团领导书面批准");

    mvc.perform(
            Web.form(
                post("/registers/keys/losses/" + lossId + "/decision"),
                s.login("CM"),
                "storeCode=%s&remedy=REKEY&approverCode=%s&cost=60"
                    .formatted(s.store, s.code("CM"))))
        .andExpect(redirectedUrl("/registers/keys?storeCode=" + s.store));
    assertThat(
            Web.body(
                mvc.perform(get("/registers/keys").param("storeCode", s.store).with(Web.ADMIN))))
        .contains("重配钥匙")
        .contains("费用 60 元")
        .doesNotContain("待批准处理");
  }
}
