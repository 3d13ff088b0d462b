package kefu.pay;

import static kefu.Web.ADMIN;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kefu.Web;
import kefu.policy.BuiltInPacks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-order commission of a pay pack over the whole stack, in a database of its own because it
 * adopts a pay pack: a what-if run of a draft that pays the front desk per order shows the net pay
 * before and after, and once a version saying so is adopted the month's statement, pay slip and
 * workbook carry the line, its clause and the orders counted.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:pay-per-order;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrderCommissionEndToEndTest {

  static final String PER_ORDER =
      """
        orderCommissions:
          - position: FRONT_DESK
            clause: "§5"
            perOrder: 1
      """;

  @Autowired MockMvc mvc;
  @Autowired JsonMapper mapper;

  static String perOrder(String yaml) {
    assertThat(yaml).contains("  orderCommissions: []\n");
    return yaml.replace("  orderCommissions: []\n", PER_ORDER);
  }

  long sale(String code, String at, String amount) throws Exception {
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/sales"),
                        ADMIN,
                        "{\"employeeCode\":\"%s\",\"completedAt\":\"%s+08:00\",\"amount\":%s}"
                            .formatted(code, at, amount)))
                .andExpect(status().isCreated()));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  @Test
  void the_front_desk_paid_per_order_earns_1_an_order_on_the_what_if_and_the_statement()
      throws Exception {
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                """
                {"code":"F901","name":"前台","storeCode":"S03","position":"FRONT_DESK",
                 "level":"JUNIOR","hiredOn":"2026-01-05","baseSalary":2500.00}"""))
        .andExpect(status().isCreated());
    sale("F901", "2026-04-03T10:00:00", "1000.00");
    sale("F901", "2026-04-10T10:00:00", "2000.00");
    long voided = sale("F901", "2026-04-11T10:00:00", "500.00");
    mvc.perform(json(post("/api/v1/sales/" + voided + "/void"), ADMIN, "{\"reason\":\"重复登记\"}"))
        .andExpect(status().isOk());

    // what-if: the built-in pack with the front desk paid per order, in place of the adopted one
    String draft = perOrder(BuiltInPacks.yaml("ecommerce-pay.yaml"));
    String run =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/policy-packs/ecommerce-pay/simulations"),
                        ADMIN,
                        "{\"month\":\"2026-04\",\"yaml\":"
                            + mapper.writeValueAsString(draft)
                            + ",\"storeCodes\":[\"S03\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements.length()").value(1))
                .andExpect(jsonPath("$.statements[0].employeeCode").value("F901"))
                .andExpect(jsonPath("$.statements[0].before.fineTotal").value(0.0))
                .andExpect(jsonPath("$.statements[0].after.flags").isEmpty())
                .andExpect(jsonPath("$.statements[0].before.score").doesNotExist())
                .andExpect(jsonPath("$.totals.before.flagged").value(0)));
    BigDecimal before = decimal(run, "$.statements[0].before.netPay");
    BigDecimal after = decimal(run, "$.statements[0].after.netPay");
    // 2 % of 3000.00 as adopted, 2 orders at 1 with the draft
    assertThat(before.subtract(after)).isEqualByComparingTo("58.00");
    assertThat(
            decimal(run, "$.totals.before.netPay").subtract(decimal(run, "$.totals.after.netPay")))
        .isEqualByComparingTo("58.00");

    // the same on the page and in its workbook
    String page =
        Web.body(
            mvc.perform(
                    Web.form(post("/settlements/simulate"), ADMIN, form(draft))
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()));
    assertThat(page)
        .contains("id=\"change-F901-net\"")
        .contains(before.setScale(2) + " → " + after.setScale(2));
    byte[] xlsx =
        Web.bytes(
            mvc.perform(Web.form(post("/settlements/simulate/export.xlsx"), ADMIN, form(draft)))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Row head = wb.getSheetAt(0).getRow(0);
      Row row = wb.getSheetAt(0).getRow(1);
      List<String> heads = new ArrayList<>();
      head.forEach(c -> heads.add(c.getStringCellValue()));
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("F901");
      assertThat(row.getCell(heads.size() - 1).getNumericCellValue()).isEqualTo(-58.00);
      assertThat(row.getCell(heads.size() - 3).getNumericCellValue())
          .isEqualTo(before.doubleValue());
    }

    // adopted: a pay pack of the group's own whose version 2 pays the front desk per order
    String copy =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/policy-packs/ecommerce-pay/copies"),
                        ADMIN,
                        "{\"packId\":\"s03-pay\",\"title\":{\"zh\":\"门店薪酬\",\"en\":\"Store pay\"}}"))
                .andExpect(status().isCreated()));
    String v2 = perOrder(JsonPath.read(copy, "$.yaml"));
    mvc.perform(
            json(
                post("/api/v1/policy-packs/s03-pay/versions"),
                ADMIN,
                "{\"yaml\":" + mapper.writeValueAsString(v2) + "}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(2));
    mvc.perform(
            json(
                post("/api/v1/policy-packs/s03-pay/adoptions"),
                ADMIN,
                "{\"version\":2,\"effectiveFrom\":\"2026-04-01\",\"storeCodes\":[\"S03\"]}"))
        .andExpect(status().isCreated());
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-04\"}"))
        .andExpect(status().is2xxSuccessful());

    String slip =
        Web.body(
            mvc.perform(
                    get("/pay/slips/2026-04/F901").with(ADMIN).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()));
    assertThat(slip)
        .contains("按单提成", "s03-pay v2 §5", "本人完成2单，每单1.00")
        .doesNotContain("销售提成")
        .contains("id=\"slip-commission\">2.00")
        .contains("id=\"slip-net\">" + after.setScale(2));
    byte[] store =
        Web.bytes(
            mvc.perform(
                    get("/pay/slips/2026-04.xlsx?storeCode=S03")
                        .with(ADMIN)
                        .locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk()));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(store))) {
      boolean found = false;
      for (Row row : wb.getSheetAt(1)) {
        if ("F901".equals(row.getCell(0).getStringCellValue())
            && "按单提成".equals(row.getCell(2).getStringCellValue())) {
          found = true;
          assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(2.00);
        }
      }
      assertThat(found).as("an ORDER_COMMISSION line for F901").isTrue();
    }
  }

  private static java.util.Map<String, String> form(String draft) {
    return java.util.Map.of(
        "packId", "ecommerce-pay", "yaml", draft, "month", "2026-04", "storeCodes", "S03");
  }

  private static BigDecimal decimal(String json, String path) {
    return new BigDecimal(JsonPath.read(json, path).toString());
  }
}
