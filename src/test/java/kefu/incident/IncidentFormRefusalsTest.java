package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The recording form shows the message beside the field for values it used to change or choke on (a
 * quantity of 1.5, points of 0.75, the 31st of November, a NUL in the note) and records nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentFormRefusalsTest {

  static final RequestPostProcessor MANAGER = user("s01cs").roles("CS_MANAGER");
  static final AccessScope ALL = new AccessScope("admin", Role.ADMIN, null, null);

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
    int before = recordedIn("2026-09") + recordedIn("2026-11");
    Map<String, String> form =
        new HashMap<>(
            Map.of(
                "type", "WORK_NOT_COMPLETED",
                "storeCode", "S01",
                "employeeCode", "E104",
                "occurredAt", "2026-09-08T10:00",
                "points", "0.5"));
    form.put(field, typed.replace("\\u0000", "\0"));
    if (field.equals("minutes")) {
      form.put("type", "LATE_ARRIVAL"); // the type that takes minutes
    }
    MockHttpServletRequestBuilder request = post("/incidents").with(MANAGER).with(csrf());
    form.forEach(request::param);

    String page =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .containsPattern(
            Pattern.compile(
                "data-problem=\"" + field + "\"[^>]*>[^<]*" + Pattern.quote(message) + "[^<]*<"));
    assertThat(recordedIn("2026-09") + recordedIn("2026-11")).isEqualTo(before);
  }

  int recordedIn(String month) {
    return ledger
        .find(ALL, new IncidentLedger.Query(YearMonth.parse(month), null, null, null, null))
        .size();
  }
}
