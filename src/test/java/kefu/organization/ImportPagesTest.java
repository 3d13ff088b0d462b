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
    return upload("/employees/import", sheet, as);
  }

  String upload(String page, byte[] sheet, RequestPostProcessor as) throws Exception {
    return body(mvc.perform(Web.upload(page, as, "in.xlsx", sheet)).andExpect(status().isOk()));
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
  void theTemplatesHaveHeaderExampleValidValuesAndDropDownsByLabel() throws Exception {
    try (XSSFWorkbook wb = download("/employees/import/template.xlsx")) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工号");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("E1001");
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("客服专员 (CS_AGENT)");
      assertThat(sheet.getDataValidations())
          .hasSize(3)
          .allSatisfy(
              v -> assertThat(v.getValidationConstraint().getFormula1()).startsWith("'有效值'!"));
      Sheet values = wb.getSheetAt(1);
      assertThat(wb.getSheetName(1)).isEqualTo("有效值");
      assertThat(values.getRow(0).getCell(0).getStringCellValue()).isEqualTo("门店");
      assertThat(column(values, 0))
          .anySatisfy(v -> assertThat(v).endsWith(" (S01)"))
          .anySatisfy(v -> assertThat(v).endsWith(" (S03)"));
      assertThat(values.getRow(0).getCell(1).getStringCellValue()).isEqualTo("岗位");
      assertThat(column(values, 1)).contains("客服专员 (CS_AGENT)", "集团客服 (GROUP_CS)");
      assertThat(column(values, 2)).contains("初级客服 (JUNIOR)");
    }
    try (XSSFWorkbook wb = download("/incidents/import/template.xlsx")) {
      assertThat(wb.getSheetAt(0).getDataValidations()).hasSize(2);
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("迟到 (LATE_ARRIVAL)");
      assertThat(column(wb.getSheetAt(1), 0))
          .contains("迟到 (LATE_ARRIVAL)")
          .anySatisfy(t -> assertThat(t).endsWith("(CALLBACK_DATA_MISSING)"));
    }
    mvc.perform(get("/employees/import").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("import-template")));
    mvc.perform(get("/incidents/import").with(ADMIN))
        .andExpect(content().string(Matchers.containsString("import-template")));
  }

  private static List<String> column(Sheet sheet, int c) {
    List<String> cells = new ArrayList<>();
    sheet.forEach(
        r -> {
          if (r.getRowNum() > 0 && r.getCell(c) != null) {
            cells.add(r.getCell(c).getStringCellValue());
          }
        });
    return cells;
  }

  @Test
  void anImportByChineseLabelsAndStoreNamesPreviewsLabelsAndSavesCodes() throws Exception {
    String page =
        upload(
            sheet(
                List.of(
                    List.of("L001", "标签", "一店", "客服经理", "高级客服", "2026-02-01", "3,500.00", "", ""),
                    List.of(
                        "L002", "标签", "S01", "CS agent", "Trainee", "2026-02-01", "2600", "", ""))),
            ADMIN);
    assertThat(page).contains("客服经理 (CS_MANAGER)", "一店 (S01)", "新客服（试用） (TRAINEE)");
    mvc.perform(
            post("/employees/import/confirm").param("token", token(page)).with(ADMIN).with(csrf()))
        .andExpect(status().is3xxRedirection());
    Employee saved =
        organization.employee(new AccessScope("admin", Role.ADMIN, null, null), "L001");
    assertThat(saved.getAssignments().get(0).getPosition()).isEqualTo(Position.CS_MANAGER);
    assertThat(saved.getPayHistory().get(0).getLevel()).isEqualTo(Level.SENIOR);
    assertThat(saved.getPayHistory().get(0).getBaseSalary()).isEqualByComparingTo("3500");
  }

  @Test
  void anIncidentPreviewShowsTypeLabelsAndTimesInTheGroupsZone() throws Exception {
    byte[] sheet =
        Workbooks.sheet(
            kefu.incident.IncidentImport.FORMAT.names(),
            List.of("迟到", "一店", "E105", "2026-11-03T01:20:00Z", "1", "10", "", ""),
            List.of("LATE_ARRIVAL", "S01", "E105", "2026-11-04 09:05", "1", "5", "", ""));
    assertThat(upload("/incidents/import", sheet, ADMIN))
        .contains("name=\"token\"")
        .contains("迟到 (LATE_ARRIVAL)", "一店 (S01)", "2026-11-03 09:20", "2026-11-04 09:05")
        .doesNotContain("01:20:00Z");
  }

  XSSFWorkbook download(String path) throws Exception {
    byte[] xlsx = bytes(mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()));
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
