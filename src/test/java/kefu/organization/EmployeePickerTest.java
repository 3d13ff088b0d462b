package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The employee picker offers people by name or 工号, only among those the user may see. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EmployeePickerTest {

  @Autowired MockMvc mvc;

  String options(RequestPostProcessor as, String typed, String storeCode) throws Exception {
    var request =
        get("/employees/options").param("field", "employeeCode").param("employeeCode", typed);
    if (storeCode != null) {
      request.param("storeCode", storeCode);
    }
    return mvc.perform(request.with(as).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void partOfANameOrCodeFindsPeopleWithTheirCodeAndStore() throws Exception {
    RequestPostProcessor admin = user("admin").roles("ADMIN");

    assertThat(options(admin, "张", null)).contains("data-pick=\"E104\"", "张伟", "一店");
    assertThat(options(admin, "e20", null)).contains("data-pick=\"E202\"", "周婷");
    assertThat(options(admin, "周", "S02"))
        .contains("data-pick=\"E202\"")
        .doesNotContain("data-pick=\"E001\"");
    assertThat(options(admin, "没有这个人", null)).doesNotContain("data-pick").contains("没有找到");
  }

  @Test
  void aStoreUserIsOfferedOnlyThePeopleOfTheirStore() throws Exception {
    String found = options(user("s02cs").roles("CS_MANAGER"), "周", null);

    assertThat(found).contains("data-pick=\"E202\"").doesNotContain("data-pick=\"E001\"");
    assertThat(options(user("s02cs").roles("CS_MANAGER"), "张伟", null)).doesNotContain("data-pick");
  }
}
