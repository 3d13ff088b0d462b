package kefu.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The month-close pages and downloads over the demo group: August 2026 is recorded through the API,
 * computed and published through the pages. The property gives this class a context (and so an
 * in-memory database) of its own, so the months it publishes never meet the API test's.
 */
@SpringBootTest(properties = "kefu.test.isolated=settlement-pages")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementPagesTest {

  static final String MONTH = "2026-08";
  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor GROUP_CS = user("groupcs").roles("GROUP_CS");
  static final RequestPostProcessor BOSS = user("boss").roles("EXECUTIVE");
  static final RequestPostProcessor S02_CS = user("s02cs").roles("CS_MANAGER");
  static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

  /** The hidden field of a draft's recompute button in the month list. */
  static final String RECOMPUTE_BUTTON =
      "<input type=\"hidden\" name=\"month\" value=\"" + MONTH + "\">";

  /** The two callback mismatches of E104 (the {@code staff} user). */
  static final List<Long> MISMATCHES = new ArrayList<>();

  @Autowired MockMvc mvc;

  long record(String type, String store, String employee, String day, String note)
      throws Exception {
    String json =
        """
        {"type":"%s","storeCode":"%s","employeeCode":"%s","occurredAt":"%sT10:00:00+08:00",
         "note":"%s"}"""
            .formatted(type, store, employee, day, note);
    String body =
        mvc.perform(
                post("/api/v1/incidents")
                    .with(ADMIN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  String page(String url, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(url).with(who).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Employee codes of the overview's rows, in the order shown. */
  static List<String> rowOrder(String html) {
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("id=\"statement-(E\\d+)\"").matcher(html);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  @Order(1)
  void recordsAugust() throws Exception {
    MISMATCHES.add(record("CALLBACK_RECORDING_MISMATCH", "S01", "E104", "2026-08-04", "抽查发现无录音"));
    MISMATCHES.add(record("CALLBACK_RECORDING_MISMATCH", "S01", "E104", "2026-08-05", "录音与数据不符"));
    for (String day : List.of("2026-08-06", "2026-08-07", "2026-08-10")) {
      record("ATTITUDE_COMPLAINT", "S01", "E105", day, "顾客投诉态度"); // 3 → 5 points: warning
    }
    record("ABSENTEEISM", "S01", "E107", "2026-08-11", "旷工");
    record("ABSENTEEISM", "S01", "E107", "2026-08-12", "旷工"); // 10 points: penalty
    record("CALLBACK_RECORDING_MISMATCH", "S03", "E303", "2026-08-13", "无录音");
    record("REPORT_LATE", "S02", "E204", "2026-08-14", "日报迟交");
  }

  @Test
  @Order(2)
  void groupCsComputesTheMonthFromTheListPage() throws Exception {
    String list = page("/settlements", GROUP_CS);
    assertThat(list).contains("id=\"compute-form\"", "type=\"month\"");

    mvc.perform(post("/settlements").param("month", MONTH).with(GROUP_CS).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settlements/" + MONTH));
    // a draft is recomputed in place
    mvc.perform(post("/settlements").param("month", MONTH).with(GROUP_CS).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(page("/settlements", GROUP_CS))
        .contains(
            "id=\"month-" + MONTH + "\"", "草稿", RECOMPUTE_BUTTON, "/settlements/2026-08/publish")
        .contains("data-confirm=\"确定发布 2026-08 的结算吗？");
    // read-only and store users see the months but no buttons
    assertThat(page("/settlements", BOSS)).contains(MONTH).doesNotContain("compute-form");
    mvc.perform(post("/settlements").param("month", MONTH).with(BOSS).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/settlements").param("month", "August").with(GROUP_CS).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("月份格式不正确")));
  }

  @Test
  @Order(3)
  void theOverviewShowsTotalsFlagsAndTheChart() throws Exception {
    String html = page("/settlements/" + MONTH, ADMIN);
    // 2×(10+20) + (10+20) + (50+80) across the three stores
    assertThat(html).contains("id=\"total-fines\">220.00<", "被标记 2 人");
    assertThat(html)
        .contains("<tr id=\"statement-E105\" class=\"flagged\">")
        .contains("<tr id=\"statement-E107\" class=\"flagged\">")
        .contains("<tr id=\"statement-E104\">");
    assertThat(html).contains("口头警告", "处罚", "张伟", "一店");
    assertThat(html)
        .contains("/chart.js/", "chart.umd", "id=\"fines-by-store\"")
        .contains("&quot;values&quot;:[60.00,130.00,30.00]");
    assertThat(html)
        .contains("href=\"/settlements/" + MONTH + "/statements/E104\"")
        .contains("href=\"/settlements/" + MONTH + "/export.xlsx");
  }

  @Test
  @Order(4)
  void columnHeadersSortOnTheServer() throws Exception {
    List<String> byFine = rowOrder(page("/settlements/" + MONTH + "?sort=fine&dir=desc", ADMIN));
    assertThat(byFine).startsWith("E202", "E204", "E102", "E104", "E301", "E303");
    List<String> byRemaining =
        rowOrder(page("/settlements/" + MONTH + "?sort=remaining&dir=asc", ADMIN));
    assertThat(byRemaining).startsWith("E107", "E105");
    List<String> byCode = rowOrder(page("/settlements/" + MONTH, ADMIN));
    assertThat(byCode).isSorted();
    // the active column links to the opposite direction
    assertThat(page("/settlements/" + MONTH + "?sort=fine&dir=asc", ADMIN))
        .contains("sort=fine&amp;dir=desc");
  }

  @Test
  @Order(5)
  void aStoreUserSeesOnlyTheirStore() throws Exception {
    String html = page("/settlements/" + MONTH, S02_CS);
    assertThat(rowOrder(html)).isNotEmpty().allMatch(code -> code.startsWith("E2"));
    assertThat(html).contains("id=\"total-fines\">130.00<").doesNotContain("一店");
    mvc.perform(
            get("/settlements/" + MONTH + "?storeCode=S01")
                .with(S02_CS)
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
    // a group user may filter to one store
    assertThat(rowOrder(page("/settlements/" + MONTH + "?storeCode=S03", ADMIN)))
        .isNotEmpty()
        .allMatch(code -> code.startsWith("E3"));
  }

  @Test
  @Order(6)
  void theStatementExplainsEachLine() throws Exception {
    String html = page("/settlements/" + MONTH + "/statements/E104", ADMIN);
    assertThat(html)
        .contains("group-cs-2010 v1", "§1", "回访无录音或录音与数据不符", "20.00", "张伟")
        .contains("抽查发现无录音", "2026-08-04");
    for (long id : MISMATCHES) {
      assertThat(html).contains("href=\"/incidents/" + id + "\"");
    }
    assertThat(html).contains("本月剩余 10.0 分", "/settlements/" + MONTH + "/statements/E104.pdf");

    // the manager's share cites the agent's incidents too
    assertThat(page("/settlements/" + MONTH + "/statements/E102", ADMIN))
        .contains("href=\"/incidents/" + MISMATCHES.get(0) + "\"", "40.00");
    assertThat(page("/settlements/" + MONTH + "/statements/E107", ADMIN))
        .contains("旷工", "处罚", "本月剩余 0.0 分");
  }

  @Test
  @Order(7)
  void staffSeeNothingOfADraft() throws Exception {
    for (String url :
        List.of(
            "/settlements/" + MONTH + "/statements/E104",
            "/settlements/" + MONTH + "/statements/E104.pdf",
            "/settlements/" + MONTH,
            "/settlements/" + MONTH + "/export.xlsx",
            "/api/v1/settlements/" + MONTH)) {
      mvc.perform(get(url).with(STAFF).accept(MediaType.TEXT_HTML, MediaType.ALL))
          .andExpect(status().isNotFound());
    }
    assertThat(page("/settlements", STAFF)).doesNotContain("id=\"month-" + MONTH + "\"");
  }

  @Test
  @Order(8)
  void theExcelExportHasAStatementAndALineSheet() throws Exception {
    int statements =
        JsonPath.read(
            mvc.perform(get("/api/v1/settlements/" + MONTH).with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.statements.length()");
    int lines =
        JsonPath.<List<?>>read(
                mvc.perform(get("/api/v1/settlements/" + MONTH).with(ADMIN))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.statements[*].lines[*]")
            .size();
    byte[] xlsx =
        mvc.perform(get("/settlements/" + MONTH + "/export.xlsx").with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      Sheet statementSheet = wb.getSheetAt(0);
      assertThat(wb.getSheetName(0)).isEqualTo("结算单");
      assertThat(statementSheet.getLastRowNum()).isEqualTo(statements);
      assertThat(statementSheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("罚款合计");
      BigDecimal fines = BigDecimal.ZERO;
      for (Row row : statementSheet) {
        if (row.getRowNum() > 0) {
          fines = fines.add(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
        }
      }
      assertThat(fines).isEqualByComparingTo("220");
      Sheet lineSheet = wb.getSheetAt(1);
      assertThat(lineSheet.getLastRowNum()).isEqualTo(lines);
      boolean citesBoth = false;
      for (Row row : lineSheet) {
        citesBoth |=
            "E104".equals(row.getCell(0).getStringCellValue())
                && row.getCell(5)
                    .getStringCellValue()
                    .equals(MISMATCHES.get(0) + ", " + MISMATCHES.get(1));
      }
      assertThat(citesBoth).as("E104's line cites both incidents").isTrue();
      // types read as their label with the code beside it
      assertThat(lineSheet.getRow(1).getCell(4).getStringCellValue()).matches(".+ \\([A-Z_]+\\)");
    }
    // a store user's export holds their store only
    byte[] s02 =
        mvc.perform(get("/settlements/" + MONTH + "/export.xlsx").with(S02_CS))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(s02))) {
      for (Row row : wb.getSheetAt(0)) {
        if (row.getRowNum() > 0) {
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo("S02");
        }
      }
    }
  }

  @Test
  @Order(9)
  void theStatementPdfEmbedsItsFontsAndNamesTheEmployee() throws Exception {
    byte[] pdf =
        mvc.perform(get("/settlements/" + MONTH + "/statements/E104.pdf").with(ADMIN))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/FontFile2");
    assertThat(StatementPdfTest.text(pdf).replaceAll("\\s+", ""))
        .contains("张伟", "一店", MONTH, "§1", "回访无录音或录音与数据不符", "20.00");
  }

  @Test
  @Order(10)
  void publishingFromThePageLocksTheMonth() throws Exception {
    mvc.perform(post("/settlements/" + MONTH + "/publish").with(BOSS).with(csrf()))
        .andExpect(status().isForbidden());
    // an appeal still waits: the month page lists it and publishing asks for a confirmation
    long disputed = MISMATCHES.get(0);
    mvc.perform(
            post("/incidents/" + disputed + "/appeal")
                .with(STAFF)
                .with(csrf())
                .param("reason", "当天有录音"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/settlements/" + MONTH + "/publish").with(BOSS).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(page("/settlements/" + MONTH, BOSS)).doesNotContain("id=\"publish-form\"");
    assertThat(page("/settlements/" + MONTH, GROUP_CS))
        .contains("id=\"pending-appeals\"", "href=\"/incidents/" + disputed + "\"", "E104 张伟")
        .contains("本月还有 1 条申诉未处理", "name=\"confirmPending\"");
    mvc.perform(post("/settlements/" + MONTH + "/publish").with(GROUP_CS).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settlements/" + MONTH + "#publish"));
    assertThat(page("/settlements", GROUP_CS)).contains(RECOMPUTE_BUTTON);
    mvc.perform(
            post("/settlements/" + MONTH + "/publish")
                .param("confirmPending", "true")
                .with(GROUP_CS)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settlements"));
    assertThat(page("/settlements", GROUP_CS))
        .contains("已发布")
        .doesNotContain(RECOMPUTE_BUTTON, "/settlements/2026-08/publish");

    String again =
        mvc.perform(
                post("/settlements/" + MONTH + "/publish")
                    .param("confirmPending", "true")
                    .with(GROUP_CS)
                    .with(csrf()))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(again).contains("id=\"settlement-error\"", MONTH + " 已经发布过了");
    String recompute =
        mvc.perform(post("/settlements").param("month", MONTH).with(GROUP_CS).with(csrf()))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(recompute).contains(MONTH + " 已发布并锁定");
    mvc.perform(post("/settlements/2026-05/publish").with(GROUP_CS).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  @Order(11)
  void aLateCorrectionShowsInTheNextMonthCitingThePublishedOne() throws Exception {
    mvc.perform(
            post("/api/v1/settlements/" + MONTH + "/corrections")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"employeeCode\":\"E104\",\"fine\":-10.00,\"incidentIds\":["
                        + MISMATCHES.get(1)
                        + "],\"note\":\"申诉复核后撤销\"}"))
        .andExpect(status().isCreated());
    mvc.perform(post("/settlements").param("month", "2026-09").with(GROUP_CS).with(csrf()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/settlements/2026-09/statements/E104").with(STAFF).accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
    String html = page("/settlements/2026-09/statements/E104", ADMIN);
    assertThat(html)
        .contains("table-info", "更正调整", "更正已发布的 2026-08 结算：申诉复核后撤销", "-10.00")
        .contains("href=\"/incidents/" + MISMATCHES.get(1) + "\"");
  }

  @Test
  @Order(12)
  void staffReadTheirOwnPublishedStatementAndNoStoreOverview() throws Exception {
    assertThat(page("/settlements", STAFF))
        .contains("href=\"/settlements/" + MONTH + "/statements/E104\"")
        .doesNotContain("id=\"month-2026-09\"", "compute-form");
    mvc.perform(get("/settlements/" + MONTH).with(STAFF).accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/settlements/" + MONTH + "/statements/E104"));
    assertThat(page("/settlements/" + MONTH + "/statements/E104", STAFF))
        .contains("§1", "href=\"/settlements\"")
        .doesNotContain("fines-by-store");
    mvc.perform(
            get("/settlements/" + MONTH + "/statements/E105")
                .with(STAFF)
                .accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound());
    mvc.perform(get("/settlements/" + MONTH + "/statements/E105.pdf").with(STAFF))
        .andExpect(status().isNotFound());
    mvc.perform(get("/settlements/" + MONTH + "/statements/E104.pdf").with(STAFF))
        .andExpect(status().isOk());
    String api =
        mvc.perform(get("/api/v1/settlements/" + MONTH).with(STAFF))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(JsonPath.<List<String>>read(api, "$.statements[*].employeeCode"))
        .containsExactly("E104");
    byte[] xlsx =
        mvc.perform(get("/settlements/" + MONTH + "/export.xlsx").with(STAFF))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("E104");
    }
  }
}
