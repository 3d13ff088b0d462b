package kefu.organization;

import static kefu.Web.bytes;
import static kefu.Web.form;
import static kefu.Web.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An employee of S01 transferred to S02 from a day next year stays S01's until that day: in lists,
 * detail, edit, exports and the API, for both stores' managers and for the employee's own login.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
// its employees carry a scheduled move to S02, which the shared context's S01 lists would then show
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FutureTransferTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor S01 = user("s01cs").roles("CS_MANAGER");
  static final RequestPostProcessor S02 = user("s02cs").roles("CS_MANAGER");
  private static final AtomicInteger SEQ = new AtomicInteger(300);

  @Autowired MockMvc mvc;
  String code;

  @BeforeEach
  void transferredToS02NextYear() throws Exception {
    code = "F" + SEQ.incrementAndGet();
    mvc.perform(json(post("/api/v1/employees"), ADMIN, employee("S01", "3000.00")))
        .andExpect(status().isCreated());
    mvc.perform(
            json(
                post("/api/v1/employees/" + code + "/assignments"),
                ADMIN,
                "{\"storeCode\":\"S02\",\"position\":\"CS_AGENT\",\"from\":\"%s\""
                        .formatted(LocalDate.now().plusMonths(7))
                    + "}"))
        .andExpect(status().isCreated());
  }

  /** The transferred employee as the API reads and writes them, in a store with a base salary. */
  private String employee(String storeCode, String baseSalary) {
    return """
        {"code":"%s","name":"待调员工","storeCode":"%s","position":"CS_AGENT",
         "level":"JUNIOR","hiredOn":"2026-01-05","baseSalary":%s}"""
        .formatted(code, storeCode, baseSalary);
  }

  @Test
  void theOldStoreKeepsThemUntilTheTransferDay() throws Exception {
    mvc.perform(get("/api/v1/employees/" + code).with(S01))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.storeCode").value("S01"));
    mvc.perform(get("/api/v1/employees").with(S01)).andExpect(jsonPath("$[*].code", hasItem(code)));
    mvc.perform(get("/employees").with(S01)).andExpect(content().string(containsString(code)));
    mvc.perform(get("/employees/" + code).with(S01)).andExpect(status().isOk());
    mvc.perform(get("/employees/" + code + "/edit").with(S01)).andExpect(status().isOk());
    mvc.perform(json(put("/api/v1/employees/" + code), S01, employee("S01", "3100.00")))
        .andExpect(status().isOk());
    Assertions.assertThat(exportedStoreOf(S01)).isEqualTo("一店 (S01)");
  }

  @Test
  void theNewStoreSeesNothingBeforeTheTransferDay() throws Exception {
    mvc.perform(get("/api/v1/employees/" + code).with(S02)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/employees").with(S02))
        .andExpect(jsonPath("$[*].code", not(hasItem(code))));
    mvc.perform(get("/employees").with(S02)).andExpect(content().string(not(containsString(code))));
    mvc.perform(get("/employees/" + code).with(S02)).andExpect(status().isNotFound());
    mvc.perform(get("/employees/" + code + "/edit").with(S02)).andExpect(status().isNotFound());
    mvc.perform(json(put("/api/v1/employees/" + code), S02, employee("S02", "1")))
        .andExpect(status().isNotFound());
    Assertions.assertThat(exportedStoreOf(S02)).isNull();
  }

  @Test
  void theirOwnLoginStaysInTheOldStore() throws Exception {
    mvc.perform(
            form(
                post("/admin/users"),
                ADMIN,
                "username=staff"
                    + code
                    + "&role=STAFF&employeeCode="
                    + code
                    + "&password=staff-pass-300"))
        .andExpect(status().is3xxRedirection());
    var staff = user("staff" + code).roles("STAFF");
    mvc.perform(get("/api/v1/stores/S01").with(staff)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/stores/S02").with(staff)).andExpect(status().isNotFound());
  }

  /** The store column of the employee's row in the caller's employee export, null if absent. */
  private String exportedStoreOf(RequestPostProcessor who) throws Exception {
    byte[] xlsx =
        bytes(mvc.perform(get("/employees/export.xlsx").with(who)).andExpect(status().isOk()));
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      for (Row row : sheet) {
        if (code.equals(f.formatCellValue(row.getCell(0)))) {
          return f.formatCellValue(row.getCell(2));
        }
      }
      return null;
    }
  }
}
