package kefu.registers.handover;

import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.bytes;
import static kefu.Web.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The handover pages: the form from the store's checklist, signing by form, the printable form. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HandoverPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private static String anHourAgo() {
    return LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
        .minusHours(1)
        .withSecond(0)
        .withNano(0)
        .toString();
  }

  private long handedOverByForm() throws Exception {
    String location =
        mvc.perform(
                form(
                    post("/handovers"),
                    S01_CS,
                    "storeCode=S01&outgoingCode=E105&incomingCode=E104&at="
                        + anHourAgo()
                        + "&marks[0].item=门禁卡&marks[0].ok=true&marks[0].note="
                        + "&marks[1].item=对讲机&marks[1].ok=false&marks[1].note=电量低"
                        + "&marks[2].item=&marks[2].ok=&marks[2].note="))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("message", "handover.recorded"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void theFormOffersTheStoresChecklistAndTheRecordedHandoverShowsItsMarks() throws Exception {
    mvc.perform(form(post("/handovers/checklist"), S01_CS, "storeCode=S01&items=门禁卡\n对讲机\n"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/handovers/new?storeCode=S01").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("门禁卡")))
        .andExpect(content().string(containsString("对讲机")));

    long id = handedOverByForm();

    mvc.perform(get("/handovers/" + id).with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("电量低")))
        .andExpect(content().string(containsString("待签字")))
        .andExpect(content().string(containsString("review-form")))
        // only the incoming person gets the buttons to sign or refuse
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("sign-form"))));
    mvc.perform(get("/handovers").with(S01_CS)).andExpect(status().isOk());
  }

  @Test
  void theIncomingPersonSignsByFormAndSomeoneElseIsToldWhyNot() throws Exception {
    long id = handedOverByForm();

    mvc.perform(form(post("/handovers/" + id + "/signature"), S01_CS, "x=1"))
        .andExpect(flash().attribute("error", "handover.onlyIncoming"));
    mvc.perform(get("/handovers/" + id).with(STAFF))
        .andExpect(content().string(containsString("sign-form")));
    mvc.perform(form(post("/handovers/" + id + "/signature"), STAFF, "x=1"))
        .andExpect(flash().attribute("message", "handover.signed"));
    assertThat(
            jdbc.sql("select status from handover where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("SIGNED");
  }

  @Test
  void aFormWithoutTheIncomingPersonIsShownAgainWithTheProblem() throws Exception {
    mvc.perform(
            form(
                post("/handovers"),
                S01_CS,
                "storeCode=S01&outgoingCode=E105&incomingCode=&at="
                    + anHourAgo()
                    + "&marks[0].item=门禁卡&marks[0].ok=true&marks[0].note="))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("handover-problems")))
        .andExpect(content().string(containsString("incomingCode")));
  }

  @Test
  void theHandoverPrintsAsAnA4FormWithTheMarksInChinese() throws Exception {
    long id = handedOverByForm();

    byte[] pdf =
        bytes(
            mvc.perform(get("/handovers/" + id + ".pdf").with(S01_CS))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")));

    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(reader.getPageSize(1).getWidth()).isBetween(594f, 596f);
      String text = new PdfTextExtractor(reader).getTextFromPage(1);
      assertThat(text).contains("交接班记录", "对讲机", "电量低", "E104", "接班人（签字）");
    }
  }
}
