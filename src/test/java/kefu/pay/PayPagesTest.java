package kefu.pay;

import static kefu.Web.ADMIN;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.form;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pay pages over the whole stack, in the pay tests' own H2 database: entry forms with their
 * refusals at the field, the pay slip as a page, PDF and workbook, and what staff may see.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:pay;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PayPagesTest {

  static final AtomicInteger HIRED = new AtomicInteger(200);

  @Autowired MockMvc mvc;

  String hire(String on) throws Exception {
    String code = "P" + HIRED.incrementAndGet();
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                """
                {"code":"%s","name":"工资条","storeCode":"S01","position":"CS_AGENT",
                 "level":"JUNIOR","hiredOn":"%s","baseSalary":3000.00}"""
                    .formatted(code, on)))
        .andExpect(status().isCreated());
    return code;
  }

  @Test
  void a_reward_and_a_sale_entered_on_the_page_reach_the_pay_slip_page_pdf_and_workbook()
      throws Exception {
    String code = hire("2026-01-05");
    mvc.perform(
            form(
                post("/pay/rewards"),
                S01_CS,
                "month=2026-11&storeCode=S01&employeeCode="
                    + code
                    + "&type=EVENT_INVITATION&occurredAt=2026-11-03T10:00&eventGrade=B"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/pay?month=2026-11&storeCode=S01"));
    mvc.perform(
            form(
                post("/pay/sales"),
                S01_CS,
                "month=2026-11&storeCode=S01&employeeCode="
                    + code
                    + "&completedAt=2026-11-04T10:00&amount=5,000.00"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/pay?month=2026-11&storeCode=S01").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("callcenter-100 v1 §3")))
        .andExpect(content().string(containsString("5000.00")));
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-11\"}"))
        .andExpect(status().is2xxSuccessful());

    String page =
        Web.body(
            mvc.perform(
                    get("/pay/slips/2026-11/" + code)
                        .with(S01_CS)
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()));
    assertThat(page)
        .contains("工资条 2026-11", "底薪", "餐补", "ecommerce-pay v1 §4", "销售提成", "活动邀约")
        .contains("id=\"slip-base\">3000.00", "id=\"slip-rewards\">200.00")
        .contains("id=\"slip-commission\">100.00", "id=\"slip-net\">3600.00");
    byte[] pdf =
        Web.bytes(
            mvc.perform(get("/pay/slips/2026-11/" + code + ".pdf").with(S01_CS))
                .andExpect(status().isOk()));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    byte[] xlsx =
        Web.bytes(
            mvc.perform(get("/pay/slips/2026-11.xlsx?storeCode=S01").with(S01_CS))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(2);
      boolean found = false;
      for (var row : wb.getSheetAt(0)) {
        if (code.equals(row.getCell(0).getStringCellValue())) {
          found = true;
          assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(3600.00);
        }
      }
      assertThat(found).as("a row for " + code).isTrue();
    }
    mvc.perform(get("/pay/slips?month=2026-11&storeCode=S01").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/pay/slips/2026-11/" + code)));
  }

  @Test
  void a_refused_entry_shows_the_form_again_with_the_problem_at_its_field() throws Exception {
    String code = hire("2026-01-05");
    mvc.perform(
            form(
                post("/pay/rewards"),
                S01_CS,
                "month=2026-11&employeeCode="
                    + code
                    + "&type=ECOMMERCE_SIGNING&occurredAt=2026-11-05T10:00&contractAmount=3,50"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem=\"contractAmount\"")))
        .andExpect(content().string(containsString("value=\"" + code + "\"")));
    mvc.perform(
            form(
                post("/pay/sales"),
                S01_CS,
                "month=2026-11&employeeCode=" + code + "&completedAt=2026-11-05T10:00&amount=0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem=\"amount\"")));
  }

  @Test
  void an_entry_voided_from_the_page_with_a_reason_shows_struck_through_and_leaves_the_pay()
      throws Exception {
    String code = hire("2026-01-05");
    mvc.perform(
            form(
                post("/pay/sales"),
                S01_CS,
                "month=2026-10&storeCode=S01&employeeCode="
                    + code
                    + "&completedAt=2026-10-04T10:00&amount=700.00"))
        .andExpect(status().is3xxRedirection());
    long sale = onlyId("/api/v1/sales?month=2026-10&storeCode=S01", code);
    mvc.perform(
            form(
                post("/pay/rewards"),
                S01_CS,
                "month=2026-10&storeCode=S01&employeeCode="
                    + code
                    + "&type=ECOMMERCE_ARRIVAL&occurredAt=2026-10-05T10:00&quantity=3"))
        .andExpect(status().is3xxRedirection());
    long reward = onlyId("/api/v1/rewards?month=2026-10&storeCode=S01", code);
    mvc.perform(get("/pay?month=2026-10&storeCode=S01").with(S01_CS))
        .andExpect(content().string(containsString("id=\"void-sale-" + sale + "\"")))
        .andExpect(content().string(containsString("id=\"void-reward-" + reward + "\"")));

    mvc.perform(
            form(
                post("/pay/sales/" + sale + "/void"),
                S01_CS,
                "month=2026-10&storeCode=S01&reason=  "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("data-problem=\"reason\"")));
    mvc.perform(get("/api/v1/sales/" + sale).with(S01_CS))
        .andExpect(jsonPath("$.status").value("RECORDED"));

    mvc.perform(
            form(
                post("/pay/sales/" + sale + "/void"),
                S01_CS,
                "month=2026-10&storeCode=S01&reason=重复登记"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/pay?month=2026-10&storeCode=S01"));
    mvc.perform(
            form(
                post("/pay/rewards/" + reward + "/void"),
                S01_CS,
                "month=2026-10&storeCode=S01&reason=人数有误"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            form(
                post("/pay/rewards/" + reward + "/void"),
                S01_CS,
                "month=2026-10&storeCode=S01&reason=again"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("该记录已作废")));

    String page =
        Web.body(
            mvc.perform(
                    get("/pay?month=2026-10&storeCode=S01")
                        .with(S01_CS)
                        .locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()));
    assertThat(page)
        .contains("s01cs作废：重复登记", "s01cs作废：人数有误")
        .doesNotContain("id=\"void-sale-" + sale + "\"", "id=\"void-reward-" + reward + "\"")
        .contains("text-decoration-line-through");
    mvc.perform(get("/api/v1/sales/" + sale).with(S01_CS))
        .andExpect(jsonPath("$.status").value("VOIDED"))
        .andExpect(jsonPath("$.voidReason").value("重复登记"));
    String audit =
        Web.body(
            mvc.perform(get("/admin/audit?entityType=sale-entry&entityId=" + sale).with(ADMIN)));
    assertThat(audit).contains("重复登记");

    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-10\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/pay/slips/2026-10/" + code).with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"slip-commission\">0.00")))
        .andExpect(content().string(containsString("id=\"slip-rewards\">0.00")))
        .andExpect(content().string(containsString("id=\"slip-net\">3300.00")));
  }

  @Test
  void voiding_from_the_page_in_a_published_month_is_refused_with_409() throws Exception {
    String code = hire("2026-01-05");
    mvc.perform(
            form(
                post("/pay/sales"),
                S01_CS,
                "month=2026-06&storeCode=S01&employeeCode="
                    + code
                    + "&completedAt=2026-06-04T10:00&amount=300.00"))
        .andExpect(status().is3xxRedirection());
    long sale = onlyId("/api/v1/sales?month=2026-06&storeCode=S01", code);
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-06\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(post("/api/v1/settlements/2026-06/publish").with(ADMIN)).andExpect(status().isOk());
    mvc.perform(get("/pay?month=2026-06&storeCode=S01").with(S01_CS))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("void-sale-"))));
    mvc.perform(
            form(
                    post("/pay/sales/" + sale + "/void"),
                    S01_CS,
                    "month=2026-06&storeCode=S01&reason=错")
                .locale(java.util.Locale.SIMPLIFIED_CHINESE))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("该月已发布并锁定")));
    mvc.perform(get("/api/v1/sales/" + sale).with(S01_CS))
        .andExpect(jsonPath("$.status").value("RECORDED"));
  }

  /** The id of the one entry of the employee a list answers with. */
  private long onlyId(String url, String code) throws Exception {
    String body = Web.body(mvc.perform(get(url).with(S01_CS)).andExpect(status().isOk()));
    java.util.List<Number> ids =
        com.jayway.jsonpath.JsonPath.read(body, "$[?(@.employeeCode == '" + code + "')].id");
    assertThat(ids).hasSize(1);
    return ids.get(0).longValue();
  }

  @Test
  void staff_see_their_own_slip_once_the_month_is_published_and_nobody_elses() throws Exception {
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-07\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(get("/pay/slips/2026-07/E104").with(STAFF)).andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/settlements/2026-07/publish").with(ADMIN)).andExpect(status().isOk());
    mvc.perform(get("/pay/slips/2026-07/E104").with(STAFF))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"slip-net\"")));
    mvc.perform(get("/pay/slips/2026-07/E105").with(STAFF)).andExpect(status().isNotFound());
    mvc.perform(get("/pay/slips/2026-07/E105.pdf").with(STAFF)).andExpect(status().isNotFound());
    mvc.perform(get("/pay?month=2026-07").with(STAFF))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("reward-form"))));
  }
}
