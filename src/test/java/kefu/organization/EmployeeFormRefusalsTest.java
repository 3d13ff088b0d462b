package kefu.organization;

import static kefu.Web.body;
import static kefu.Web.fields;
import static kefu.Web.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The employee form refuses what it cannot keep as typed, marking the field and saying why beside
 * it, and saves nothing: no impossible or implausible date, no control character in a name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EmployeeFormRefusalsTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired EmployeeRepository employees;
  @Autowired Organization organization;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "hiredOn, 2026-11-31, 不是有效日期",
    "hiredOn, 0000-01-05, 年份不在 1900–2999 之间",
    "hiredOn, +99999-01-05, 年份不在 1900–2999 之间",
    "leftOn, 2026-02-29, 不是有效日期",
    "name, 孙\\u0000八, 控制字符",
    "name, 孙\\n八, 换行",
    "baseSalary, '3.500,00', 必须是数字",
    "baseSalary, '3,50', 必须是数字",
  })
  void refusesTheFieldAndSavesNothing(String field, String typed, String message) throws Exception {
    long before = employees.count();
    Map<String, String> fields =
        fields(
            "code=F001&name=孙八&storeCode=S01&position=CS_AGENT&level=JUNIOR"
                + "&hiredOn=2026-01-05&baseSalary=3000.00");
    fields.put(field, unescape(typed));

    String page =
        body(mvc.perform(form(post("/employees"), ADMIN, fields)).andExpect(status().isOk()));

    assertThat(page)
        .containsPattern(
            Pattern.compile(
                "<input[^>]*class=\"[^\"]*is-invalid[^\"]*\"[^>]*name=\"" + field + "\""))
        .containsPattern(
            Pattern.compile(
                "<div class=\"invalid-feedback\">[^<]*" + Pattern.quote(message) + "[^<]*</div>"));
    assertThat(employees.count()).isEqualTo(before);
  }

  @Test
  void anAmountGroupedByThousandsIsSavedAsTyped() throws Exception {
    Map<String, String> fields =
        fields(
            "code=F002&name=孙九&storeCode=S01&position=CS_AGENT&level=JUNIOR"
                + "&hiredOn=2026-01-05&baseSalary=3,500");

    mvc.perform(form(post("/employees"), ADMIN, fields)).andExpect(status().is3xxRedirection());

    Employee saved =
        organization.employee(new AccessScope("admin", Role.ADMIN, null, null), "F002");
    assertThat(saved.getPayHistory().get(0).getBaseSalary()).isEqualByComparingTo("3500");
  }

  /** CSV cannot carry control characters; the rows write them as Java escapes. */
  static String unescape(String s) {
    return s.replace("\\u0000", "\0").replace("\\n", "\n");
  }
}
