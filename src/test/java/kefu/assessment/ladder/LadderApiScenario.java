package kefu.assessment.ladder;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.settlement.MonthScore;
import kefu.settlement.MonthScores;
import kefu.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Doc 002 variant 14 through the API.md calls: months scored, published and ranked by the month
 * close, the proposal with its evidence, the recommendation and an executive's approval, and the
 * level pay from the next month. The month scores stand in for the scorecards (a bean of this
 * class's own), so each variant has a database of its own; each scenario opens a store of its own.
 */
abstract class LadderApiScenario {

  static final RequestPostProcessor BOSS = user("boss").roles("EXECUTIVE");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger NEXT = new AtomicInteger();

  /** Scores by month and employee, set by a scenario before it closes the month. */
  static final Map<YearMonth, Map<String, BigDecimal>> SCORES = new ConcurrentHashMap<>();

  @TestConfiguration
  static class Scores {
    @Bean
    MonthScores ladderScenarioScores() {
      return month ->
          SCORES.getOrDefault(month, Map.of()).entrySet().stream()
              .map(
                  e ->
                      new MonthScore(
                          e.getKey(), e.getValue(), List.of(), "callcenter-100", 1, "§2", null))
              .toList();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired Levels levels;

  /** A store of its own with four agents hired in January 2025 as juniors, on the ladder. */
  record Shop(String code, List<String> agents) {}

  Shop shop() throws Exception {
    String tag =
        Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase() + NEXT.incrementAndGet();
    String store = "L" + tag;
    ok(post("/api/v1/stores"), "{\"code\":\"" + store + "\",\"name\":\"晋升" + tag + "\"}", 201);
    List<String> agents = List.of("LA" + tag, "LB" + tag, "LC" + tag, "LD" + tag);
    for (String agent : agents) {
      ok(
          post("/api/v1/employees"),
          """
          {"code":"%s","name":"员工%s","storeCode":"%s","position":"CS_AGENT","level":"JUNIOR",
           "hiredOn":"2025-01-06","baseSalary":3000.00}"""
              .formatted(agent, agent, store),
          201);
    }
    ok(
        post("/api/v1/policy-packs/cs-promotion-ladder/adoptions"),
        "{\"effectiveFrom\":\"2025-01-01\",\"storeCodes\":[\"" + store + "\"]}",
        201);
    return new Shop(store, agents);
  }

  ResultActions call(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
      throws Exception {
    if (body == null) {
      return mvc.perform(request.with(who).accept(MediaType.APPLICATION_JSON));
    }
    return mvc.perform(json(request, who, body));
  }

  String ok(MockHttpServletRequestBuilder request, String body, int status) throws Exception {
    return body(call(request, GROUP_CS, body).andExpect(status().is(status)));
  }

  /** Scores the agents alike in each month of the quarter, then computes and publishes it. */
  void publishQuarter(YearMonth first, Map<String, String> scores) throws Exception {
    for (int i = 0; i < 3; i++) {
      YearMonth month = first.plusMonths(i);
      SCORES.put(
          month,
          scores.entrySet().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      Map.Entry::getKey, e -> new BigDecimal(e.getValue()))));
      call(post("/api/v1/settlements"), GROUP_CS, "{\"month\":\"" + month + "\"}")
          .andExpect(status().is2xxSuccessful());
      ok(post("/api/v1/settlements/" + month + "/publish"), "{}", 200);
    }
  }

  @Test
  void the_top_junior_with_a_quarterly_a_is_proposed_recommended_approved_and_paid_from_next_month()
      throws Exception {
    Shop shop = shop();
    String top = shop.agents().get(0);
    publishQuarter(
        YearMonth.of(2025, 4),
        Map.of(
            top,
            "95.0",
            shop.agents().get(1),
            "88.0",
            shop.agents().get(2),
            "85.0",
            shop.agents().get(3),
            "70.0"));

    String proposals =
        body(
            call(
                    get("/api/v1/promotions/proposals?asOf=2025-06-30&storeCode=" + shop.code()),
                    GROUP_CS,
                    null)
                .andExpect(status().isOk()));
    List<String> proposed = JsonPath.read(proposals, "$[*].employeeCode");
    assertThat(proposed).containsExactly(top);
    assertThat((String) JsonPath.read(proposals, "$[0].from")).isEqualTo("JUNIOR");
    assertThat((String) JsonPath.read(proposals, "$[0].to")).isEqualTo("INTERMEDIATE");
    assertThat((String) JsonPath.read(proposals, "$[0].kind")).isEqualTo("PROMOTION");
    List<String> evidence = JsonPath.read(proposals, "$[0].evidence[*].code");
    assertThat(evidence).containsExactly("MONTHS_EMPLOYED", "RANK_AVERAGE", "QUARTERLY_GRADES");
    assertThat((String) JsonPath.read(proposals, "$[0].evidence[1].actual")).isEqualTo("1.0");
    assertThat((String) JsonPath.read(proposals, "$[0].evidence[2].detail"))
        .isEqualTo("2025Q2:A(95.0)");

    String page =
        body(
            mvc.perform(
                    get("/ladder?asOf=2025-06-30&storeCode=" + shop.code())
                        .with(GROUP_CS)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()));
    assertThat(page).contains("data-employee=\"" + top + "\"").contains("2025Q2:A(95.0)");

    call(
            post("/api/v1/promotions"),
            GROUP_CS,
            "{\"employeeCode\":\"" + top + "\",\"toLevel\":\"SENIOR\",\"reason\":\"跳级\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("toLevel"));
    call(get("/api/v1/employees/" + top + "/levels"), GROUP_CS, null)
        .andExpect(jsonPath("$.length()").value(0));

    String recommendation =
        "{\"employeeCode\":\"" + top + "\",\"toLevel\":\"INTERMEDIATE\",\"reason\":\"月均第一\"}";
    call(post("/api/v1/promotions"), BOSS, recommendation).andExpect(status().isForbidden());
    call(post("/api/v1/promotions"), S01_CS, recommendation).andExpect(status().isNotFound());
    String created =
        body(
            call(post("/api/v1/promotions"), GROUP_CS, recommendation)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECOMMENDED")));
    int id = JsonPath.read(created, "$.id");
    call(post("/api/v1/promotions"), GROUP_CS, recommendation).andExpect(status().isConflict());

    String approval = "/api/v1/promotions/" + id + "/approval";
    call(post(approval), GROUP_CS, "{\"approved\":true}").andExpect(status().isForbidden());
    call(post(approval), ADMIN, "{\"approved\":true}").andExpect(status().isForbidden());
    YearMonth now = YearMonth.now(ZONE);
    assertThat(levels.inForce(now.plusMonths(1)).get(top).level())
        .as("nothing changes before the approval")
        .isEqualTo("JUNIOR");
    call(post(approval), BOSS, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("approved"));
    call(post(approval), BOSS, "{\"approved\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPROVED"))
        .andExpect(jsonPath("$.effectiveFrom").value(now.plusMonths(1).atDay(1).toString()));
    call(post(approval), BOSS, "{\"approved\":false}").andExpect(status().isConflict());

    Levels.LevelPay thisMonth = levels.inForce(now).get(top);
    Levels.LevelPay nextMonth = levels.inForce(now.plusMonths(1)).get(top);
    assertThat(thisMonth.level()).isEqualTo("JUNIOR");
    assertThat(thisMonth.monthlyPay()).isEqualTo(Money.of("2200"));
    assertThat(nextMonth.level()).isEqualTo("INTERMEDIATE");
    assertThat(nextMonth.monthlyPay()).isEqualTo(Money.of("2500"));
    assertThat(nextMonth.packId()).isEqualTo("cs-promotion-ladder");
    assertThat(nextMonth.clause()).isEqualTo("§14.6");
    call(get("/api/v1/employees/" + top + "/levels"), GROUP_CS, null)
        .andExpect(jsonPath("$[0].status").value("APPROVED"))
        .andExpect(jsonPath("$[0].to").value("INTERMEDIATE"));
    String employeePage =
        body(
            mvc.perform(get("/employees/" + top).with(GROUP_CS).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()));
    assertThat(employeePage).contains("id=\"level-history\"").contains("data-status=\"APPROVED\"");
  }

  @Test
  void a_title_is_recorded_with_its_day_and_refused_on_its_field() throws Exception {
    Shop shop = shop();
    String agent = shop.agents().get(1);
    call(
            post("/api/v1/titles"),
            GROUP_CS,
            "{\"employeeCode\":\""
                + agent
                + "\",\"title\":\"OUTSTANDING_CS\",\"awardedOn\":\"2026-09-30\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").isNumber())
        .andExpect(jsonPath("$.title").value("OUTSTANDING_CS"));
    call(
            post("/api/v1/titles"),
            GROUP_CS,
            "{\"employeeCode\":\""
                + agent
                + "\",\"title\":\"BEST_EVER\",\"awardedOn\":\"2026-09-30\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"));
    call(
            post("/api/v1/titles"),
            GROUP_CS,
            "{\"employeeCode\":\"" + agent + "\",\"title\":\"OUTSTANDING_CS\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("awardedOn"));
    call(
            post("/api/v1/titles"),
            BOSS,
            "{\"employeeCode\":\""
                + agent
                + "\",\"title\":\"OUTSTANDING_CS\",\"awardedOn\":\"2026-09-30\"}")
        .andExpect(status().isForbidden());
  }

  @Test
  void posts_off_the_ladder_are_proposed_nothing_and_cannot_be_recommended() throws Exception {
    String tag = "N" + NEXT.incrementAndGet() + System.nanoTime() % 10000;
    ok(post("/api/v1/stores"), "{\"code\":\"" + tag + "\",\"name\":\"无晋升" + tag + "\"}", 201);
    String agent = "NA" + tag;
    ok(
        post("/api/v1/employees"),
        """
        {"code":"%s","name":"员工","storeCode":"%s","position":"SUPERVISOR","level":"TRAINEE",
         "hiredOn":"2025-01-06","baseSalary":3000.00}"""
            .formatted(agent, tag),
        201);
    call(get("/api/v1/promotions/proposals?asOf=2026-11-30&storeCode=" + tag), GROUP_CS, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    call(
            post("/api/v1/promotions"),
            GROUP_CS,
            "{\"employeeCode\":\"" + agent + "\",\"toLevel\":\"JUNIOR\",\"reason\":\"转正\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    assertThat(levels.inForce(YearMonth.now(ZONE))).doesNotContainKey(agent);
  }
}
