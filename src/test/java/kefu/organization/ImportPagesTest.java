package kefu.organization;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.body;
import static kefu.Web.bytes;
import static kefu.Web.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kefu.Web;
import kefu.Workbooks;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages over HTTP: previews of large files, single-use tokens, the template. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportPagesTest {

  @Autowired MockMvc mvc;
  @Autowired EmployeeRepository employees;
  @Autowired Organization organization;

  static List<String> employee(String code) {
    return List.of(code, "导入", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "");
  }

  String upload(byte[] sheet, RequestPostProcessor as) throws Exception {
    return body(
        mvc.perform(Web.upload("/employees/import", as, "in.xlsx", sheet))
            .andExpect(status().isOk()));
  }

  @SuppressWarnings("unchecked")
  static byte[] sheet(List<List<String>> rows) {
    return Workbooks.sheet(EmployeeImport.FORMAT.names(), rows.toArray(List[]::new));
  }

  @Test
  void aLargePreviewListsTheFirstRowsWithErrorsAndCountsTheRest() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      rows.add(List.of("P%03d".formatted(i), "导入", "S01", "NOPE", "JUNIOR", "2026-02-01", "1"));
      rows.add(employee("Q%03d".formatted(i)));
    }
    String page = upload(sheet(rows), ADMIN);
    assertThat(page).contains("300 行中有 150 行存在错误");
    assertThat(page.split("table-danger", -1)).hasSize(101);
    assertThat(page).contains("P099").doesNotContain("P100").doesNotContain("name=\"token\"");
  }

  @Test
  void aConfirmationTokenWorksOnceAndOnlyForWhoUploaded() throws Exception {
    long before = employees.count();
    String token = token(upload(sheet(List.of(employee("T001"), employee("T002"))), ADMIN));
    mvc.perform(post("/employees/import/confirm").param("token", token).with(GROUP_CS).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(Matchers.containsString("import-refused")));
    assertThat(employees.count()).isEqualTo(before);
    mvc.perform(post("/employees/import/confirm").param("token", token).with(ADMIN).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(employees.count()).isEqualTo(before + 2);
    mvc.perform(post("/employees/import/confirm").param("token", token).with(ADMIN).with(csrf()))
        .andExpect(status().isConflict());
    assertThat(employees.count()).isEqualTo(before + 2);
  }

  @Test
  void aFileThatNoLongerPassesOnConfirmationSavesNothing() throws Exception {
    long before = employees.count();
    String token = token(upload(sheet(List.of(employee("U001"), employee("U002"))), ADMIN));
    EmployeeForm taken = new EmployeeForm();
    taken.setCode("U002");
    taken.setName("抢先");
    taken.setStoreCode("S01");
    taken.setPosition(Position.CS_AGENT);
    taken.setLevel(Level.JUNIOR);
    taken.setHiredOn(LocalDate.parse("2026-02-01"));
    taken.setBaseSalary(new BigDecimal("3000"));
    organization.createEmployee(new AccessScope("admin", Role.ADMIN, null, null), taken);
    mvc.perform(post("/employees/import/confirm").param("token", token).with(ADMIN).with(csrf()))
        .andExpect(status().isUnprocessableContent());
    assertThat(employees.count()).isEqualTo(before + 1);
  }

  @Test
  void anUnreadableFileIsRefusedWithAMessage() throws Exception {
    assertThat(upload("not a workbook".getBytes(), ADMIN))
        .contains("import-refused")
        .doesNotContain("import-preview");
  }

  @Test
  void theTemplatesHaveHeaderExampleValidValuesAndDropDowns() throws Exception {
    try (XSSFWorkbook wb = download("/employees/import/template.xlsx")) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("E1001");
      assertThat(sheet.getDataValidations()).hasSize(2);
      Sheet values = wb.getSheetAt(1);
      assertThat(values.getRow(0).getCell(0).getStringCellValue()).isEqualTo("岗位");
      assertThat(values.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(Position.values()[0].name());
    }
    try (XSSFWorkbook wb = download("/incidents/import/template.xlsx")) {
      assertThat(wb.getSheetAt(0).getDataValidations()).hasSize(1);
      List<String> types = new ArrayList<>();
      wb.getSheetAt(1).forEach(r -> types.add(r.getCell(0).getStringCellValue()));
      assertThat(types).contains("LATE_ARRIVAL", "CALLBACK_DATA_MISSING");
    }
    mvc.perform(get("/employees/import").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("import-template")));
    mvc.perform(get("/incidents/import").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("import-template")));
  }

  XSSFWorkbook download(String path) throws Exception {
    byte[] xlsx = bytes(mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()));
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
