package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The collective 10 % fine (doc 000 §3) reads the pay in force in the month it fines, driven
 * through the API: a raise from next month leaves this month's draft as it was, and a raise in the
 * middle of last month changes last month (paid at the rate it ends with) but never the month
 * before it, however often it is recomputed.
 */
abstract class PayAsOfTheMonthScenario {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired MockMvc mvc;
  @Autowired Clock clock;
  @Autowired Assignments assignments;

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String json)
      throws Exception {
    return mvc.perform(request.with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static String employee(String code, String store, String position, String pay) {
    return """
        {"code":"%s","name":"薪资%s","storeCode":"%s","position":"%s","level":"JUNIOR",
         "hiredOn":"2026-01-05","baseSalary":%s}"""
        .formatted(code, code, store, position, pay);
  }

  private void unreportedComplaint(String store, ZonedDateTime at) throws Exception {
    send(
            post("/api/v1/incidents"),
            """
            {"type":"IMPORTANT_COMPLAINT_UNREPORTED","storeCode":"%s","occurredAt":"%s"}"""
                .formatted(store, at.toOffsetDateTime()))
        .andExpect(status().isCreated());
  }

  /** The month computed afresh, and each employee's fine total in it. */
  private Map<String, BigDecimal> fines(YearMonth month, String... codes) throws Exception {
    send(post("/api/v1/settlements"), "{\"month\":\"" + month + "\"}")
        .andExpect(status().is2xxSuccessful());
    String body =
        mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<String, BigDecimal> fines = new java.util.TreeMap<>();
    for (String code : codes) {
      List<Object> found =
          JsonPath.read(body, "$.statements[?(@.employeeCode == '" + code + "')].fineTotal");
      assertThat(found).as("statement of " + code + " in " + month).hasSize(1);
      fines.put(code, new BigDecimal(String.valueOf(found.get(0))).setScale(2));
    }
    return fines;
  }

  private static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void aRaiseNeverChangesAMonthBeforeItTakesEffect() throws Exception {
    String s = "PAY" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    // a supervisor: off the promotion ladder the demo adopts, so the base salary on record is the
    // pay
    String agent = s + "A";
    String manager = s + "M";
    send(post("/api/v1/stores"), "{\"code\":\"" + s + "\",\"name\":\"薪资店\"}")
        .andExpect(status().isCreated());
    send(post("/api/v1/employees"), employee(agent, s, "SUPERVISOR", "3000.00"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.payHistory.length()").value(1))
        .andExpect(jsonPath("$.payHistory[0].from").value("2026-01-05"));
    send(post("/api/v1/employees"), employee(manager, s, "CS_MANAGER", "5000.00"))
        .andExpect(status().isCreated());

    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE)).minusMinutes(1);
    YearMonth thisMonth = YearMonth.from(now);
    YearMonth lastMonth = thisMonth.minusMonths(1);
    YearMonth before = thisMonth.minusMonths(2);
    unreportedComplaint(s, now);
    unreportedComplaint(s, lastMonth.atDay(20).atTime(15, 0).atZone(ZONE));
    unreportedComplaint(s, before.atDay(20).atTime(15, 0).atZone(ZONE));

    Map<String, BigDecimal> thisMonthBefore = fines(thisMonth, agent, manager);
    Map<String, BigDecimal> oldMonthBefore = fines(before, agent, manager);
    assertThat(thisMonthBefore).containsEntry(agent, yuan("300.00"));
    assertThat(thisMonthBefore).containsEntry(manager, yuan("500.00"));
    assertThat(oldMonthBefore).isEqualTo(thisMonthBefore);

    // a raise without a date takes effect on the first day of next month
    send(put("/api/v1/employees/" + agent), employee(agent, s, "SUPERVISOR", "4000.00"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.baseSalary").value(3000.00))
        .andExpect(
            jsonPath("$.payHistory[1].from").value(thisMonth.plusMonths(1).atDay(1).toString()))
        .andExpect(jsonPath("$.payHistory[1].baseSalary").value(4000.00));
    assertThat(fines(thisMonth, agent, manager)).isEqualTo(thisMonthBefore);

    // a raise (and promotion) dated in the middle of last month
    LocalDate midLastMonth = lastMonth.atDay(15);
    send(
            put("/api/v1/employees/" + agent),
            employee(agent, s, "SUPERVISOR", "3600.00")
                .replace("JUNIOR", "INTERMEDIATE")
                .replace("}", ",\"payFrom\":\"" + midLastMonth + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.level").value("INTERMEDIATE"))
        .andExpect(jsonPath("$.payHistory.length()").value(3));
    assertThat(fines(before, agent, manager)).isEqualTo(oldMonthBefore);
    assertThat(fines(before, agent, manager)).isEqualTo(oldMonthBefore);
    assertThat(fines(lastMonth, agent)).containsEntry(agent, yuan("360.00"));
    assertThat(fines(thisMonth, agent, manager))
        .containsEntry(agent, yuan("360.00"))
        .containsEntry(manager, yuan("500.00"));

    // the same, read for many people at once: pay in force on each month's last day
    assertThat(assignments.basePay(List.of(agent, manager), before))
        .containsEntry(agent, yuan("3000.00"))
        .containsEntry(manager, yuan("5000.00"));
    assertThat(assignments.basePay(List.of(agent), lastMonth))
        .containsEntry(agent, yuan("3600.00"));
    assertThat(assignments.basePay(List.of(agent), thisMonth.plusMonths(1)))
        .containsEntry(agent, yuan("4000.00"));
  }

  @Test
  void aChangeOfPayBeforeHiringIsRefusedOnItsFieldAndChangesNothing() throws Exception {
    String s = "PAY" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    send(post("/api/v1/stores"), "{\"code\":\"" + s + "\",\"name\":\"薪资店\"}")
        .andExpect(status().isCreated());
    send(post("/api/v1/employees"), employee(s + "A", s, "CS_AGENT", "3000.00"))
        .andExpect(status().isCreated());

    send(
            put("/api/v1/employees/" + s + "A"),
            employee(s + "A", s, "CS_AGENT", "3500.00")
                .replace("}", ",\"payFrom\":\"2025-12-01\",\"phone\":\"139\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("payFrom"));
    mvc.perform(get("/api/v1/employees/" + s + "A").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payHistory.length()").value(1))
        .andExpect(jsonPath("$.baseSalary").value(3000.00));
  }
}
