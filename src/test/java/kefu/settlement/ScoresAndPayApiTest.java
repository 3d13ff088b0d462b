package kefu.settlement;

import static kefu.Web.GROUP_CS;
import static kefu.Web.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import kefu.shared.Money;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the modules that score and pay contribute reaches the month's statements over REST: score,
 * score flags, ranks, the pay block and the reward lines, kept as published. The contributions here
 * are fixed stand-ins for those modules, so the class has a database of its own.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scores-and-pay;MODE=PostgreSQL;"
          + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      // the stand-in below takes the place of the pay module's own earnings bean
      "spring.main.allow-bean-definition-overriding=true"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScoresAndPayApiTest {

  static final YearMonth MONTH = YearMonth.of(2026, 3);

  @TestConfiguration
  static class Contributions {
    /** Named as the pay module's bean, which it replaces. */
    @Bean
    MonthEarnings payEarnings() {
      return month ->
          month.equals(MONTH)
              ? List.of(
                  earning("E104", PayPart.BASE, "LEVEL_PAY", "2200.00"),
                  earning("E104", PayPart.ALLOWANCE, "MEAL_ALLOWANCE", "300.00"),
                  earning("E104", PayPart.COMMISSION, "SALES_COMMISSION", "240.00"),
                  earning("E104", PayPart.REWARD, "EVENT_INVITATION", "300.00"),
                  earning("E104", PayPart.REWARD, "ECOMMERCE_ARRIVAL", "21.00"))
              : List.of();
    }

    @Bean
    MonthScores fixedScores() {
      return month ->
          month.equals(MONTH)
              ? List.of(score("E104", "86.0"), score("E105", "91.0"), score("E204", "86.0"))
              : List.of();
    }

    static MonthEarning earning(String employee, PayPart part, String type, String amount) {
      return new MonthEarning(
          employee, part, "callcenter-100", 1, "§4", type, Money.of(amount), type);
    }

    static MonthScore score(String employee, String score) {
      return new MonthScore(
          employee, new BigDecimal(score), List.of(), "callcenter-100", 1, "§2", null);
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void statements_carry_score_ranks_pay_and_reward_lines_and_keep_them_once_published()
      throws Exception {
    mvc.perform(json(post("/api/v1/settlements"), GROUP_CS, "{\"month\":\"" + MONTH + "\"}"))
        .andExpect(status().is2xxSuccessful());
    mvc.perform(json(post("/api/v1/settlements/" + MONTH + "/publish"), GROUP_CS, "{}"))
        .andExpect(status().isOk());

    String e104 = "$.statements[?(@.employeeCode=='E104')]";
    mvc.perform(get("/api/v1/settlements/" + MONTH).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"))
        .andExpect(jsonPath(e104 + ".score").value(86.0))
        .andExpect(jsonPath(e104 + ".rankInStore").value(2))
        .andExpect(jsonPath(e104 + ".rankInGroup").value(2))
        .andExpect(jsonPath("$.statements[?(@.employeeCode=='E204')].rankInStore").value(1))
        .andExpect(jsonPath("$.statements[?(@.employeeCode=='E105')].rankInGroup").value(1))
        .andExpect(jsonPath(e104 + ".pay.base").value(2200.00))
        .andExpect(jsonPath(e104 + ".pay.allowances").value(300.00))
        .andExpect(jsonPath(e104 + ".pay.commission").value(240.00))
        .andExpect(jsonPath(e104 + ".pay.rewards").value(321.00))
        .andExpect(jsonPath(e104 + ".pay.fines").value(0.0))
        .andExpect(jsonPath(e104 + ".pay.net").value(3061.00))
        .andExpect(
            jsonPath(e104 + ".lines[*].type")
                .value(Matchers.containsInAnyOrder("EVENT_INVITATION", "ECOMMERCE_ARRIVAL")))
        .andExpect(jsonPath(e104 + ".lines[*].clause").value(Matchers.everyItem(Matchers.is("§4"))))
        .andExpect(jsonPath(e104 + ".lines[?(@.type=='EVENT_INVITATION')].earning").value(300.00))
        .andExpect(
            jsonPath("$.statements[?(@.employeeCode=='E106')].score")
                .value(Matchers.contains(Matchers.nullValue())))
        .andExpect(
            jsonPath("$.statements[?(@.employeeCode=='E106')].pay")
                .value(Matchers.contains(Matchers.nullValue())));
  }
}
