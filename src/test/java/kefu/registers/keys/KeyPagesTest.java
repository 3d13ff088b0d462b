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
}
