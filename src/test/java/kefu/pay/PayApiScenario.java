package kefu.pay;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rewards and sales over the API as API.md states them, on whichever database the subclass starts:
 * amounts from the tiers in force, each type with its own field, refusals on their fields with
 * nothing written, store scope, voiding, and the lock of a published month.
 */
abstract class PayApiScenario {

  /** A day of September 2026 of its own for each entry, so tests never share one. */
  static final AtomicInteger DAY = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String at() {
    return String.format("2026-09-%02dT10:00:00+08:00", 1 + DAY.getAndIncrement() % 28);
  }

  ResultActions reward(RequestPostProcessor who, String fields) throws Exception {
    return mvc.perform(
        json(
            post("/api/v1/rewards"),
            who,
            "{\"employeeCode\":\"E104\",\"occurredAt\":\"" + at() + "\"," + fields + "}"));
  }

  long rows(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void an_event_invitation_graded_a_earns_300_citing_callcenter_100() throws Exception {
    reward(S01_CS, "\"type\":\"EVENT_INVITATION\",\"eventGrade\":\"A\"")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.amount").value(300.00))
        .andExpect(jsonPath("$.packId").value("callcenter-100"))
        .andExpect(jsonPath("$.clause").value("§3"))
        .andExpect(jsonPath("$.storeCode").value("S01"))
        .andExpect(jsonPath("$.status").value("RECORDED"));
  }

  @Test
  void seven_arrivals_earn_21_and_a_signing_of_150000_earns_50() throws Exception {
    reward(S01_CS, "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":7")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.amount").value(21.00));
    reward(GROUP_CS, "\"type\":\"ECOMMERCE_SIGNING\",\"contractAmount\":150000")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.amount").value(50.00))
        .andExpect(jsonPath("$.contractAmount").value(150000.00));
  }

  @Test
  void a_field_missing_extra_or_invalid_is_refused_on_it_and_nothing_is_written() throws Exception {
    long before = rows("reward_entry");
    reward(S01_CS, "\"type\":\"EVENT_INVITATION\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("eventGrade"));
    reward(S01_CS, "\"type\":\"EVENT_INVITATION\",\"eventGrade\":\"A\",\"quantity\":2")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    reward(S01_CS, "\"type\":\"EVENT_INVITATION\",\"eventGrade\":\"E\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("eventGrade"));
    reward(S01_CS, "\"type\":\"ECOMMERCE_SIGNING\",\"contractAmount\":-5")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contractAmount"));
    reward(S01_CS, "\"type\":\"CAKE\"")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    mvc.perform(json(post("/api/v1/rewards"), S01_CS, "{\"type\":\"ECOMMERCE_ARRIVAL\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='employeeCode')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='occurredAt')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field=='quantity')]").exists());
    mvc.perform(
            json(
                post("/api/v1/rewards"),
                S01_CS,
                """
                {"employeeCode":"NOBODY","type":"ECOMMERCE_ARRIVAL","quantity":1,
                 "occurredAt":"2026-09-03T10:00:00+08:00"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    reward(
            S01_CS,
            "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":1,\"occurredAt\":\"2999-01-01T10:00:00+08:00\"")
        .andExpect(status().isBadRequest());
    assertThat(rows("reward_entry")).isEqualTo(before);
  }

  @Test
  void a_sale_takes_an_amount_above_0_with_two_decimals() throws Exception {
    long before = rows("sale_entry");
    for (String amount : new String[] {"0", "-1", "12.345"}) {
      mvc.perform(
              json(
                  post("/api/v1/sales"),
                  S01_CS,
                  "{\"employeeCode\":\"E104\",\"completedAt\":\""
                      + at()
                      + "\",\"amount\":"
                      + amount
                      + "}"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }
    assertThat(rows("sale_entry")).isEqualTo(before);
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/sales"),
                        S01_CS,
                        "{\"employeeCode\":\"E104\",\"completedAt\":\""
                            + at()
                            + "\",\"amount\":12000.00}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(12000.00))
                .andExpect(jsonPath("$.storeCode").value("S01")));
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    mvc.perform(get("/api/v1/sales?month=2026-09&storeCode=S01").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id==" + id + ")].amount").value(12000.00));
  }

  @Test
  void a_store_manager_records_only_for_their_store_and_staff_not_at_all() throws Exception {
    mvc.perform(
            json(
                post("/api/v1/rewards"),
                S01_CS,
                "{\"employeeCode\":\"E204\",\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":1,"
                    + "\"occurredAt\":\""
                    + at()
                    + "\"}"))
        .andExpect(status().isForbidden());
    reward(STAFF, "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":1")
        .andExpect(status().isForbidden());
  }

  @Test
  void staff_see_only_their_own_entries() throws Exception {
    reward(S01_CS, "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":2").andExpect(status().isCreated());
    mvc.perform(
            json(
                post("/api/v1/rewards"),
                S01_CS,
                "{\"employeeCode\":\"E105\",\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":1,"
                    + "\"occurredAt\":\""
                    + at()
                    + "\"}"))
        .andExpect(status().isCreated());
    String mine = Web.body(mvc.perform(get("/api/v1/rewards?month=2026-09").with(STAFF)));
    assertThat(JsonPath.<java.util.List<String>>read(mine, "$[*].employeeCode"))
        .isNotEmpty()
        .containsOnly("E104");
  }

  @Test
  void a_voided_reward_says_why_and_cannot_be_voided_twice() throws Exception {
    String body =
        Web.body(
            reward(S01_CS, "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":4")
                .andExpect(status().isCreated()));
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    mvc.perform(json(post("/api/v1/rewards/" + id + "/void"), S01_CS, "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(json(post("/api/v1/rewards/" + id + "/void"), S01_CS, "{\"reason\":\"重复登记\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VOIDED"))
        .andExpect(jsonPath("$.voidReason").value("重复登记"));
    mvc.perform(json(post("/api/v1/rewards/" + id + "/void"), S01_CS, "{\"reason\":\"again\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/rewards/999999").with(S01_CS)).andExpect(status().isNotFound());
  }

  @Test
  void entries_dated_in_a_published_month_are_refused_with_409() throws Exception {
    String body =
        Web.body(
            mvc.perform(
                    json(
                        post("/api/v1/sales"),
                        S01_CS,
                        """
                        {"employeeCode":"E104","completedAt":"2026-08-05T10:00:00+08:00",
                         "amount":100.00}"""))
                .andExpect(status().isCreated()));
    long sale = ((Number) JsonPath.read(body, "$.id")).longValue();
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-08\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(post("/api/v1/settlements/2026-08/publish").with(ADMIN)).andExpect(status().isOk());
    mvc.perform(
            json(
                post("/api/v1/rewards"),
                S01_CS,
                """
                {"employeeCode":"E104","type":"EVENT_INVITATION","eventGrade":"B",
                 "occurredAt":"2026-08-20T10:00:00+08:00"}"""))
        .andExpect(status().isConflict());
    mvc.perform(
            json(
                post("/api/v1/sales"),
                S01_CS,
                """
                {"employeeCode":"E104","completedAt":"2026-08-21T10:00:00+08:00",
                 "amount":100.00}"""))
        .andExpect(status().isConflict());
    mvc.perform(json(post("/api/v1/sales/" + sale + "/void"), S01_CS, "{\"reason\":\"错\"}"))
        .andExpect(status().isConflict());
  }

  /** A code of its own for each employee a test hires, after the demo codes. */
  static final AtomicInteger HIRED = new AtomicInteger(100);

  @Test
  void the_month_statement_shows_prorated_base_and_meal_commission_rewards_fines_and_net()
      throws Exception {
    String code = "P" + HIRED.incrementAndGet();
    mvc.perform(
            json(
                post("/api/v1/employees"),
                ADMIN,
                """
                {"code":"%s","name":"新人","storeCode":"S01","position":"CS_AGENT",
                 "level":"JUNIOR","hiredOn":"2026-10-22","baseSalary":3100.00}"""
                    .formatted(code)))
        .andExpect(status().isCreated());
    String at = "\"occurredAt\":\"2026-10-23T10:00:00+08:00\"";
    for (String reward :
        new String[] {
          "\"type\":\"EVENT_INVITATION\",\"eventGrade\":\"A\"",
          "\"type\":\"ECOMMERCE_ARRIVAL\",\"quantity\":7",
          "\"type\":\"ECOMMERCE_SIGNING\",\"contractAmount\":150000"
        }) {
      mvc.perform(
              json(
                  post("/api/v1/rewards"),
                  S01_CS,
                  "{\"employeeCode\":\"" + code + "\"," + at + "," + reward + "}"))
          .andExpect(status().isCreated());
    }
    mvc.perform(
            json(
                post("/api/v1/sales"),
                S01_CS,
                """
                {"employeeCode":"%s","completedAt":"2026-10-24T15:00:00+08:00","amount":12000.00}"""
                    .formatted(code)))
        .andExpect(status().isCreated());
    mvc.perform(
            json(
                post("/api/v1/incidents"),
                S01_CS,
                """
                {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S01","employeeCode":"%s",
                 "occurredAt":"2026-10-26T10:00:00+08:00","quantity":1}"""
                    .formatted(code)))
        .andExpect(status().isCreated());
    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-10\"}"))
        .andExpect(status().is2xxSuccessful());

    String mine = "$.statements[?(@.employeeCode=='" + code + "')]";
    String body =
        Web.body(
            mvc.perform(get("/api/v1/settlements/2026-10").with(GROUP_CS))
                .andExpect(status().isOk())
                // 10 of October's 31 days: 3100 × 10 / 31 and 300 × 10 / 31
                .andExpect(jsonPath(mine + ".pay.base").value(1000.00))
                .andExpect(jsonPath(mine + ".pay.allowances").value(96.77))
                .andExpect(jsonPath(mine + ".pay.commission").value(240.00))
                .andExpect(jsonPath(mine + ".pay.rewards").value(371.00)));
    // the fines are the statement's, taken from the pay before fines
    BigDecimal fines = decimal(body, mine + ".fineTotal");
    assertThat(fines).isPositive();
    assertThat(decimal(body, mine + ".pay.fines")).isEqualByComparingTo(fines);
    assertThat(decimal(body, mine + ".pay.net"))
        .isEqualByComparingTo(new BigDecimal("1707.77").subtract(fines));
    List<Map<String, Object>> rewardLines = JsonPath.read(body, mine + ".lines[?(@.earning > 0)]");
    assertThat(rewardLines)
        .extracting(l -> l.get("type") + " " + l.get("packId") + " " + l.get("clause"))
        .containsExactlyInAnyOrder(
            "EVENT_INVITATION callcenter-100 §3",
            "ECOMMERCE_ARRIVAL callcenter-100 §3",
            "ECOMMERCE_SIGNING callcenter-100 §3");
    List<Map<String, Object>> payLines = JsonPath.read(body, mine + ".pay.lines[*]");
    assertThat(payLines)
        .extracting(l -> l.get("type") + " " + l.get("packId") + " " + l.get("clause"))
        .containsExactlyInAnyOrder(
            "BASE_SALARY ecommerce-pay §3",
            "MEAL_ALLOWANCE ecommerce-pay §4",
            "SALES_COMMISSION ecommerce-pay §5");
  }

  static BigDecimal decimal(String body, String path) {
    List<Number> values = JsonPath.read(body, path);
    assertThat(values).hasSize(1);
    return new BigDecimal(values.get(0).toString());
  }
}
