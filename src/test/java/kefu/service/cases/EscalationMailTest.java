package kefu.service.cases;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import kefu.Web;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Escalation against a real SMTP server started by the test: each level due is mailed once to
 * whoever holds the post told, however often the sweep runs, and shows as a to-do on their home
 * page.
 */
@SpringBootTest(
    properties = {
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "kefu.complaints.escalation-every=PT10000H"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EscalationMailTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired EscalationSweep sweep;

  @Test
  void each_level_is_mailed_once_to_the_post_it_names_and_shows_as_a_to_do() throws Exception {
    mvc.perform(json(post("/api/v1/stores"), ADMIN, "{\"code\":\"M01\",\"name\":\"邮件店\"}"))
        .andExpect(status().isCreated());
    employee("M0101", "CS_MANAGER", "manager@m01.example");
    employee("M0102", "STORE_MANAGER", "boss@m01.example");
    employee("M0103", "CS_AGENT", null);
    OffsetDateTime received = OffsetDateTime.parse("2026-10-12T09:00:00+08:00");
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/complaints"),
                        ADMIN,
                        """
                        {"storeCode":"M01","employeeCode":"M0103","receivedAt":"%s","urgent":true,
                         "important":false,"summary":"电话一直无人接"}"""
                            .formatted(received)))
                .andExpect(status().isCreated()));
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();

    // first reply due 10:00: the CS manager is told at the breach
    assertThat(sweep.run(received.plusHours(1).plusSeconds(1).toInstant()))
        .extracting(EscalationSweep.Sent::post)
        .containsExactly("CS_MANAGER");
    assertThat(sweep.run(received.plusHours(2).toInstant())).isEmpty();
    SMTP.waitForIncomingEmail(5000, 1);
    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()[0]).hasToString("manager@m01.example");
    assertThat(mails[0].getSubject()).contains("#" + id).contains("M01");

    // 4 h after the breach the store manager, 8 h after it group CS (no address: the to-do only)
    assertThat(sweep.run(received.plusHours(9).plusSeconds(1).toInstant()))
        .extracting(EscalationSweep.Sent::post)
        .containsExactly("STORE_MANAGER", "GROUP_CS");
    SMTP.waitForIncomingEmail(5000, 2);
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(SMTP.getReceivedMessages()[1].getAllRecipients()[0]).hasToString("boss@m01.example");
    assertThat(Web.body(mvc.perform(get("/").with(GROUP_CS)).andExpect(status().isOk())))
        .contains("超时的顾客抱怨处理单上报给您");
  }

  private void employee(String code, String position, String email) throws Exception {
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                """
                {"code":"%s","name":"员工%s","storeCode":"M01","position":"%s","level":"JUNIOR",
                 "hiredOn":"2025-01-05","baseSalary":3000.00%s}"""
                    .formatted(
                        code, code, position, email == null ? "" : ",\"email\":\"" + email + "\"")))
        .andExpect(status().isCreated());
  }
}
