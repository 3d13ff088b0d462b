package kefu.registers.returns;

import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.bytes;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Returns and exchanges: entered with a reason, counted by reason for the month (a corrected entry
 * counts as its correction), shown as a chart and exported to Excel. Each test uses a month of its
 * own in S03, which nothing else records returns in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ReturnsScenario {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired MockMvc mvc;
  @Autowired Returns returns;

  long entered(String day, String kind, String reason) throws Exception {
    String answer =
        body(
            mvc.perform(
                    json(
                        post("/api/v1/returns"),
                        kefu.Web.ADMIN,
                        """
                        {"storeCode":"S03","kind":"%s","occurredOn":"%s","product":"衬衫 M","reason":"%s"}"""
                            .formatted(kind, day, reason)))
                .andExpect(status().isCreated()));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  @Test
  void theMonthsAnalysisCountsEachReasonByKindAndACorrectionReplacesWhatItCorrects()
      throws Exception {
    entered("2025-03-02", "RETURN", "QUALITY");
    entered("2025-03-05", "EXCHANGE", "QUALITY");
    long wrong = entered("2025-03-09", "RETURN", "CHANGED_MIND");
    entered("2025-04-01", "RETURN", "QUALITY");
    mvc.perform(
            json(
                post("/api/v1/returns"),
                kefu.Web.ADMIN,
                """
                {"storeCode":"S03","kind":"EXCHANGE","occurredOn":"2025-03-09","product":"衬衫 M",
                 "reason":"SIZE_OR_FIT","corrects":%d}"""
                    .formatted(wrong)))
        .andExpect(status().isCreated());

    Returns.Analysis march = returns.analysis(ADMIN, "S03", java.time.YearMonth.parse("2025-03"));

    assertThat(march.total()).isEqualTo(3);
    assertThat(march.reasons()).hasSize(ReturnReason.values().length);
    assertThat(march.reasons())
        .contains(
            new Returns.ReasonCount(ReturnReason.QUALITY, 1, 1, 2),
            new Returns.ReasonCount(ReturnReason.SIZE_OR_FIT, 0, 1, 1),
            new Returns.ReasonCount(ReturnReason.CHANGED_MIND, 0, 0, 0));
    mvc.perform(get("/api/v1/returns/analysis?storeCode=S03&month=2025-03").with(kefu.Web.ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.reasons[0].reason").value("QUALITY"))
        .andExpect(jsonPath("$.reasons[0].exchanges").value(1));
  }

  @Test
  void thePageDrawsTheReasonsAsAChartAndTheExcelSheetHasOneRowPerReason() throws Exception {
    entered("2025-05-02", "RETURN", "DAMAGED");
    entered("2025-05-03", "RETURN", "DAMAGED");

    mvc.perform(get("/returns?storeCode=S03&month=2025-05").with(kefu.Web.ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"returns-chart\"")))
        .andExpect(content().string(containsString("/js/returns-chart")))
        .andExpect(content().string(containsString("破损")));
    byte[] sheet =
        bytes(
            mvc.perform(
                    get("/returns/analysis.xlsx?storeCode=S03&month=2025-05").with(kefu.Web.ADMIN))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getSheetName()).isEqualTo("原因分析");
      assertThat(s.getLastRowNum()).isEqualTo(ReturnReason.values().length + 1);
      assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("破损 (DAMAGED)");
      assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
    }
  }

  @Test
  void badEntriesAreRefusedOnTheirFieldsAndOnlyTheStoresWritersEnterThem() throws Exception {
    mvc.perform(
            json(post("/api/v1/returns"), S01_CS, "{\"storeCode\":\"S01\",\"kind\":\"RETURN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.hasItems("occurredOn", "product", "reason")));
    String s01 =
        "{\"storeCode\":\"S01\",\"kind\":\"RETURN\",\"occurredOn\":\"2099-01-01\",\"product\":\"鞋\",\"reason\":\"OTHER\"}";
    mvc.perform(json(post("/api/v1/returns"), S01_CS, s01))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("occurredOn"));
    mvc.perform(json(post("/api/v1/returns"), STAFF, s01.replace("2099", "2025")))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(
                post("/api/v1/returns"), S01_CS, s01.replace("S01", "S03").replace("2099", "2025")))
        .andExpect(status().isForbidden());
  }
}
