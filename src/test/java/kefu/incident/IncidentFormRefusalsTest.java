package kefu.incident;

import static kefu.Web.S01_CS;
import static kefu.Web.body;
import static kefu.Web.fields;
import static kefu.Web.form;
import static kefu.incident.RecordedIncidents.inMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The recording form shows the message beside the field for values it used to change or choke on (a
 * quantity of 1.5, points of 0.75, the 31st of November, a NUL in the note) and records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentFormRefusalsTest {

  @Autowired MockMvc mvc;
  @Autowired IncidentLedger ledger;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "quantity, 1.5, 必须是整数",
    "minutes, 10.5, 必须是整数",
    "quantity, 20000, 数值过大",
    "points, 0.75, 小数位数过多",
    "occurredAt, 2026-11-31T10:00, 不是有效的日期时间",
    "occurredAt, 0000-09-08T10:00, 年份不在 1900–2999 之间",
    "note, 无\\u0000录音, 控制字符",
  })
  void showsWhyBesideTheFieldAndRecordsNothing(String field, String typed, String message)
      throws Exception {
    int before = inMonth(ledger, "2026-09") + inMonth(ledger, "2026-11");
    Map<String, String> fields =
        fields(
            "type=WORK_NOT_COMPLETED&storeCode=S01&employeeCode=E104"
                + "&occurredAt=2026-09-08T10:00&points=0.5");
    fields.put(field, typed.replace("\\u0000", "\0"));
    if (field.equals("minutes")) {
      fields.put("type", "LATE_ARRIVAL"); // the type that takes minutes
    }

    String page =
        body(mvc.perform(form(post("/incidents"), S01_CS, fields)).andExpect(status().isOk()));

    assertThat(page)
        .containsPattern(
            Pattern.compile(
                "data-problem=\"" + field + "\"[^>]*>[^<]*" + Pattern.quote(message) + "[^<]*<"));
    assertThat(inMonth(ledger, "2026-09") + inMonth(ledger, "2026-11")).isEqualTo(before);
  }
}
