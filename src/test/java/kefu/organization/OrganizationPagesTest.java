package kefu.organization;

import static kefu.Web.body;
import static kefu.Web.bytes;
import static kefu.Web.form;
import static kefu.Web.json;
import static kefu.Web.token;
import static kefu.Web.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import kefu.Workbooks;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Organization pages and API beyond the access matrix: validation, htmx, import, export. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganizationPagesTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  @Autowired MockMvc mvc;
  @Autowired EmployeeRepository employees;

  @Test
  void anInvalidEmployeeFormShowsFieldErrorsAndSavesNothing() throws Exception {
    long before = employees.count();
    String invalid =
        "code=bad code!&name=&storeCode=S01&position=CS_AGENT&level=JUNIOR"
            + "&hiredOn=2026-01-05&baseSalary=-1";
    mvc.perform(form(post("/employees"), ADMIN, invalid))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("is-invalid")));
    assertThat(employees.count()).isEqualTo(before);

    String valid =
        "code=P001&name=钱七&storeCode=S02&position=CS_AGENT&level=JUNIOR"
            + "&hiredOn=2026-01-05&baseSalary=3100.50";
    mvc.perform(form(post("/employees"), ADMIN, valid)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/employees/P001/edit").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"2026-01-05\"")));
    mvc.perform(
            form(
                post("/employees/P001/transfer"),
                ADMIN,
                "storeCode=S03&position=FRONT_DESK&from=2026-06-01"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/employees/P001").with(ADMIN))
        .andExpect(jsonPath("$.storeCode").value("S03"))
        .andExpect(jsonPath("$.assignments[0].to").value("2026-05-31"));
  }

  @Test
  void htmxSearchAnswersWithTheResultsFragmentOnly() throws Exception {
    mvc.perform(get("/employees").param("q", "周").header("HX-Request", "true").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("E202")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<nav"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("E104"))));
  }

  @Test
  void inlineRenameOfAStore() throws Exception {
    mvc.perform(get("/stores/S03/edit").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("name=\"name\"")));
    mvc.perform(form(put("/stores/S03"), ADMIN, "name="))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("is-invalid")));
    mvc.perform(form(put("/stores/S03"), ADMIN, "name=三店（新）"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("三店（新）")));
  }

  @Test
  void apiErrorsAreProblemDetailsWithFieldErrors() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                "{\"code\":\"\",\"name\":\"张三\",\"storeCode\":\"S01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("code", "position", "hiredOn")));
    mvc.perform(json(post("/api/v1/stores"), ADMIN, "{\"code\":\"S01\",\"name\":\"重复\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/employees/NOPE").with(ADMIN)).andExpect(status().isNotFound());
    mvc.perform(
            json(post("/api/v1/employees"), ADMIN, "{\"code\":\"X1\",\"position\":\"JANITOR\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("position"));
    String beforeHiring =
        "{\"storeCode\":\"S01\",\"position\":\"CS_AGENT\",\"from\":\"2020-01-01\"}";
    mvc.perform(json(post("/api/v1/employees/E104/assignments"), ADMIN, beforeHiring))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void employeeImportIsAllOrNothing() throws Exception {
    long before = employees.count();
    MockHttpSession session = new MockHttpSession();
    byte[] bad =
        Workbooks.sheet(
            EmployeeImport.FORMAT.names(),
            List.of("I001", "导入一", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", ""),
            List.of("I002", "导入二", "S09", "NOPE", "JUNIOR", "2026-13-01", "abc", "", ""));
    mvc.perform(upload("/employees/import", ADMIN, "bad.xlsx", bad).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("table-danger")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"token\""))));
    assertThat(employees.count()).isEqualTo(before);

    byte[] good =
        Workbooks.sheet(
            EmployeeImport.FORMAT.names(),
            List.of("I001", "导入一", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", ""),
            List.of("I002", "导入二", "S02", "front_desk", "TRAINEE", "2026-02-02", "2600", "", ""));
    String page =
        body(
            mvc.perform(upload("/employees/import", ADMIN, "good.xlsx", good).session(session))
                .andExpect(status().isOk()));
    mvc.perform(
            form(post("/employees/import/confirm"), ADMIN, "token=" + token(page)).session(session))
        .andExpect(status().is3xxRedirection());
    assertThat(employees.count()).isEqualTo(before + 2);
  }

  @Test
  void exportsOpenAsWorkbooksWithOneRowPerRecord() throws Exception {
    byte[] xlsx =
        bytes(
            mvc.perform(get("/employees/export.xlsx").param("storeCode", "S03").with(ADMIN))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
      assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(7);
      // codes go out with their labels beside them, as the import reads them back
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).endsWith(" (S03)");
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).endsWith(")");
    }
    byte[] stores =
        bytes(
            mvc.perform(get("/stores/export.xlsx").with(user("s01cs").roles("CS_MANAGER")))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(stores))) {
      assertThat(wb.getSheetAt(0).getLastRowNum())
          .as("a store user exports only their store")
          .isEqualTo(1);
    }
  }
}
