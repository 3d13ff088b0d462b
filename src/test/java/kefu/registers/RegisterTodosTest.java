package kefu.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import kefu.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CS manager's home page lists what waits in the store's registers: keys still out on loan
 * until the custodian receives them, and handovers unsigned for more than a day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegisterTodosTest {

  @Autowired MockMvc mvc;

  String home(RegisterStaff s) throws Exception {
    return Web.body(mvc.perform(get("/").with(s.login("CM")).accept(MediaType.TEXT_HTML)));
  }

  long created(String path, String body, RegisterStaff s) throws Exception {
    return ((Number)
            JsonPath.read(
                Web.body(
                    mvc.perform(Web.json(post(path), s.login("CM"), body))
                        .andExpect(status().isCreated())),
                "$.id"))
        .longValue();
  }

  @Test
  void aKeyOutOnLoanIsOnTheCsManagersHomePageUntilItIsReturned() throws Exception {
    RegisterStaff s = RegisterStaff.create(mvc, "H");
    assertThat(home(s)).doesNotContain("把钥匙仍在借出");
    long key =
        created(
            "/api/v1/keys",
            "{\"storeCode\":\"%s\",\"code\":\"K-H\",\"keyClass\":\"OFFICE\",\"custodianCode\":\"%s\",\"sealed\":false}"
                .formatted(s.store, s.code("CU")),
            s);
    long loan =
        created(
            "/api/v1/keys/" + key + "/loans",
            "{\"borrowerCode\":\"%s\",\"approverCode\":\"%s\",\"purpose\":\"取资料\"}"
                .formatted(s.code("A1"), s.code("CM")),
            s);

    assertThat(home(s)).contains("1 把钥匙仍在借出");

    mvc.perform(
            Web.json(
                post("/api/v1/keys/loans/" + loan + "/return"),
                s.login("CM"),
                "{\"receivedByCode\":\"%s\"}".formatted(s.code("CU"))))
        .andExpect(status().isOk());
    assertThat(home(s)).doesNotContain("把钥匙仍在借出");
  }

  @Test
  void aHandoverUnsignedForMoreThanADayIsOnTheHomePage() throws Exception {
    RegisterStaff s = RegisterStaff.create(mvc, "H");
    OffsetDateTime twoDaysAgo =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
    created(
        "/api/v1/handovers",
        """
        {"storeCode":"%s","outgoingCode":"%s","incomingCode":"%s","at":"%s",
         "items":[{"item":"钥匙","ok":true}]}"""
            .formatted(s.store, s.code("A1"), s.code("A2"), twoDaysAgo),
        s);

    assertThat(home(s)).contains("1 份交接班记录超过一天未签字");
  }
}
