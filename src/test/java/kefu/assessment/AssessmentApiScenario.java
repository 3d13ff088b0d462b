package kefu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import kefu.Web;
import kefu.registers.RegisterStaff;
import kefu.settlement.MonthScore;
import kefu.settlement.MonthScores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Evaluations, scorecards and annual grades through the API.md calls, each test on a store of its
 * own: refusals on their field with nothing written, computed criteria from the store's callbacks,
 * the roles that score, adjust and grade, flags over three months, and the month's scores the close
 * reads.
 */
abstract class AssessmentApiScenario {

  static final String ENTERED =
      "\"RESPONSIBILITY\":%s,\"COOPERATION\":10,\"INITIATIVE\":3,\"DRIVE\":5,\"OBEDIENCE\":5,\"ATTITUDE\":%s";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired MonthScores monthScores;

  RegisterStaff s;

  @BeforeEach
  void aStoreOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "Q");
  }

  ResultActions call(MockHttpServletRequestBuilder request, RequestPostProcessor who, String body)
      throws Exception {
    return mvc.perform(Web.json(request, who, body));
  }

  void adoptScorecard() throws Exception {
    call(
            post("/api/v1/policy-packs/callcenter-100/adoptions"),
            Web.ADMIN,
            "{\"effectiveFrom\":\"2026-01-01\",\"storeCodes\":[\"%s\"]}".formatted(s.store))
        .andExpect(status().isCreated());
  }

  ResultActions evaluate(RequestPostProcessor who, String who2, String weekOf, int... parts)
      throws Exception {
    return call(
        post("/api/v1/evaluations"),
        who,
        ("{\"employeeCode\":\"%s\",\"weekOf\":\"%s\",\"attitude\":%d,\"ability\":%d,"
                + "\"efficiency\":%d,\"teamwork\":%d}")
            .formatted(s.code(who2), weekOf, parts[0], parts[1], parts[2], parts[3]));
  }

  ResultActions card(RequestPostProcessor who, String month, String seat, String criteria)
      throws Exception {
    return call(
        put("/api/v1/scorecards/" + month + "/" + s.code(seat)),
        who,
        "{\"criteria\":{" + criteria + "}}");
  }

  void callback(String seat, String day, boolean complete) throws Exception {
    call(
            post("/api/v1/callbacks"),
            Web.ADMIN,
            ("{\"storeCode\":\"%s\",\"employeeCode\":\"%s\",\"kind\":\"AFTER_SALES\","
                    + "\"calledAt\":\"%sT10:00:00+08:00\",\"customerName\":\"顾客\","
                    + "\"customerPhone\":\"13812345678\",\"result\":\"SATISFIED\""
                    + (complete ? ",\"reportedData\":\"已回访\"" : "")
                    + "}")
                .formatted(s.store, s.code(seat), day))
        .andExpect(status().isCreated());
  }

  long rows(String table) {
    return jdbc.sql("select count(*) from " + table + " where employee_code like ?")
        .param(s.store + "%")
        .query(Long.class)
        .single();
  }

  @Test
  void an_evaluation_on_a_day_other_than_monday_or_above_a_maximum_is_refused_on_its_field()
      throws Exception {
    evaluate(s.login("CM"), "A1", "2026-10-06", 27, 25, 18, 17)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("weekOf"));
    evaluate(s.login("CM"), "A1", "2026-10-05", 27, 31, 18, 21)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.contains("ability", "teamwork")));
    assertThat(rows("evaluation")).isZero();

    evaluate(s.login("CM"), "A1", "2026-10-05", 27, 25, 18, 17)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.total").value(87.0))
        .andExpect(jsonPath("$.packId").value("cs-appraisal-uniform"))
        .andExpect(jsonPath("$.clause").value("§EVAL"));
    evaluate(s.login("SV"), "A1", "2026-10-12", 27, 25, 18, 17).andExpect(status().isForbidden());
    assertThat(rows("evaluation")).isEqualTo(1);
  }

  @Test
  void an_entered_value_not_in_the_list_or_a_computed_criterion_is_refused_and_nothing_written()
      throws Exception {
    card(s.login("CM"), "2026-10", "A1", ENTERED.formatted(9, 10))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("criteria.RESPONSIBILITY"));
    card(s.login("CM"), "2026-10", "A1", "\"COMPLETENESS\":50")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("criteria.COMPLETENESS"));
    assertThat(rows("scorecard_entry")).isZero();
  }

  @Test
  void computed_criteria_come_from_the_months_callbacks_with_their_evidence() throws Exception {
    adoptScorecard();
    callback("A1", "2026-10-08", true);
    callback("A1", "2026-10-09", true);
    callback("A1", "2026-10-10", false);
    callback("A2", "2026-10-10", true);

    card(s.login("CM"), "2026-10", "A1", ENTERED.formatted(8, 10))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.complete").value(true))
        // 2 of 3 complete: 66.6 % → 40; 3 records against a mean of 4/3 → 5; entered 8+10+3+5+5+10
        .andExpect(jsonPath("$.total").value(86.0));

    mvc.perform(get("/api/v1/scorecards/2026-10").param("storeCode", s.store).with(s.login("CM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].employeeCode").value(s.code("A1")))
        .andExpect(jsonPath("$[0].criteria[0].code").value("COMPLETENESS"))
        .andExpect(jsonPath("$[0].criteria[0].score").value(40))
        .andExpect(jsonPath("$[0].criteria[0].computed").value(true))
        .andExpect(jsonPath("$[0].criteria[0].evidence").value("2/3 = 66.6%"))
        .andExpect(jsonPath("$[0].criteria[1].score").value(5))
        .andExpect(jsonPath("$[0].criteria[2].computed").value(false))
        .andExpect(jsonPath("$[0].flags").isEmpty())
        .andExpect(jsonPath("$[1].criteria[1].score").value(0))
        .andExpect(jsonPath("$[1].complete").value(false))
        .andExpect(jsonPath("$[1].total").doesNotExist());
  }

  long memberFile(RequestPostProcessor who, String no, String joinedOn, String phone, Long corrects)
      throws Exception {
    String body =
        Web.body(
            call(
                    post("/api/v1/members"),
                    who,
                    ("{\"storeCode\":\"%s\",\"memberNo\":\"%s\",\"name\":\"会员\","
                            + "\"phone\":%s,\"joinedOn\":\"%s\",\"corrects\":%s}")
                        .formatted(
                            s.store,
                            no,
                            phone == null ? "null" : "\"" + phone + "\"",
                            joinedOn,
                            corrects))
                .andExpect(status().isCreated()));
    return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
  }

  @Test
  void completeness_and_efficiency_count_the_seats_member_files_with_its_callbacks()
      throws Exception {
    adoptScorecard();
    // the seat A1 also keeps member files at the desk, under a login linked to their record
    String login = (s.store + "a1desk").toLowerCase();
    call(
            post("/api/v1/users"),
            Web.ADMIN,
            ("{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"CS_MANAGER\","
                    + "\"employeeCode\":\"%s\"}")
                .formatted(login, RegisterStaff.PASSWORD, s.code("A1")))
        .andExpect(status().isCreated());
    RequestPostProcessor desk = user(login).roles("CS_MANAGER");
    callback("A1", "2026-10-08", true);
    callback("A1", "2026-10-09", false);
    callback("A2", "2026-10-10", true);
    memberFile(desk, "M1", "2026-10-03", "13812345678", null);
    memberFile(desk, "M2", "2026-10-04", null, null);
    memberFile(desk, "M3", "2026-09-30", "13812345679", null);
    long wrong = memberFile(desk, "M4", "2026-10-05", null, null);
    memberFile(desk, "M4", "2026-10-05", "13812345670", wrong);
    // a file recorded by a login with no employee record counts for nobody
    memberFile(Web.ADMIN, "M5", "2026-10-06", "13812345671", null);

    mvc.perform(get("/api/v1/scorecards/2026-10").param("storeCode", s.store).with(s.login("CM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].employeeCode").value(s.code("A1")))
        // callbacks 1 of 2 complete, member files M1 and the corrected M4 of 3 (M3 is September's,
        // M4 counts once, as corrected): 3 of 5 = 60 % → 40 where callbacks alone give 50 % → 30
        .andExpect(jsonPath("$[0].criteria[0].evidence").value("3/5 = 60.0%"))
        .andExpect(jsonPath("$[0].criteria[0].score").value(40))
        .andExpect(jsonPath("$[0].criteria[1].score").value(5))
        // the store's mean is (5 + 1 + 0) / 3 = 2 records, so A2's one callback is below it
        .andExpect(jsonPath("$[1].employeeCode").value(s.code("A2")))
        .andExpect(jsonPath("$[1].criteria[1].score").value(0));
  }

  @Test
  void the_cs_manager_scores_the_director_adjusts_with_a_reason_and_staff_read_their_own()
      throws Exception {
    card(s.login("SM"), "2026-10", "A1", ENTERED.formatted(8, 10))
        .andExpect(status().isForbidden());
    card(Web.S01_CS, "2026-10", "A1", ENTERED.formatted(8, 10)).andExpect(status().isNotFound());
    card(s.login("CM"), "2026-10", "A1", ENTERED.formatted(8, 10)).andExpect(status().isOk());

    String adjustment = "/api/v1/scorecards/2026-10/" + s.code("A1") + "/adjustment";
    call(put(adjustment), s.login("CM"), "{\"points\":-3,\"reason\":\"迟报\"}")
        .andExpect(status().isForbidden());
    call(put(adjustment), s.login("SM"), "{\"points\":-3}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    call(put(adjustment), s.login("SM"), "{\"points\":-3.5,\"reason\":\"多次迟报客户资料\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.adjustment.points").value(-3.5))
        .andExpect(jsonPath("$.adjustment.reason").value("多次迟报客户资料"));
    assertThat(
            jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?")
                .params("scorecard-adjustment", "2026-10|" + s.code("A1"))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    call(
            post("/api/v1/users"),
            Web.ADMIN,
            "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"STAFF\",\"employeeCode\":\"%s\"}"
                .formatted((s.code("A2")).toLowerCase(), RegisterStaff.PASSWORD, s.code("A2")))
        .andExpect(status().isCreated());
    RequestPostProcessor a2 = user(s.code("A2").toLowerCase()).roles("STAFF");
    mvc.perform(get("/api/v1/scorecards/2026-10").with(a2))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].employeeCode").value(s.code("A2")));
  }

  @Test
  void three_months_under_70_put_dismissal_review_on_the_months_score() throws Exception {
    adoptScorecard();
    // no records: completeness 20, efficiency 5 (nobody entered any); entered 2+10+3+5+5+0 → 50
    for (String month : List.of("2026-08", "2026-09", "2026-10")) {
      card(s.login("CM"), month, "A1", ENTERED.formatted(2, 0)).andExpect(status().isOk());
    }
    card(s.login("CM"), "2026-10", "A2", ENTERED.formatted(10, 10)).andExpect(status().isOk());

    List<MonthScore> scores =
        monthScores.of(YearMonth.of(2026, 10)).stream()
            .filter(m -> m.employeeCode().startsWith(s.store))
            .toList();
    assertThat(scores)
        .extracting(MonthScore::employeeCode)
        .containsExactly(s.code("A1"), s.code("A2"), s.code("A3"));
    assertThat(scores.get(0).score()).isEqualByComparingTo("50.0");
    assertThat(scores.get(0).flags()).containsExactly("NEEDS_IMPROVEMENT", "DISMISSAL_REVIEW");
    assertThat(scores.get(0).packId()).isEqualTo("callcenter-100");
    assertThat(scores.get(0).clause()).isEqualTo("§SCORE");
    assertThat(scores.get(1).score()).isEqualByComparingTo("68.0");
    assertThat(scores.get(1).flags()).containsExactly("NEEDS_IMPROVEMENT");
    assertThat(scores.get(2).score()).isNull();
    assertThat(scores.get(2).note()).contains("RESPONSIBILITY");
  }

  @Test
  void without_a_scorecard_pack_the_months_score_is_the_mean_of_its_weeks() throws Exception {
    evaluate(s.login("CM"), "A3", "2026-11-02", 27, 25, 18, 17).andExpect(status().isCreated());
    evaluate(s.login("CM"), "A3", "2026-11-09", 30, 30, 20, 20).andExpect(status().isCreated());
    evaluate(s.login("CM"), "A3", "2026-11-16", 25, 25, 15, 15).andExpect(status().isCreated());
    // the same week again replaces it
    evaluate(s.login("CM"), "A3", "2026-11-16", 26, 25, 15, 15).andExpect(status().isCreated());

    MonthScore a3 =
        monthScores.of(YearMonth.of(2026, 11)).stream()
            .filter(m -> m.employeeCode().equals(s.code("A3")))
            .findFirst()
            .orElseThrow();
    // (87 + 100 + 81) / 3 = 89.3
    assertThat(a3.score()).isEqualByComparingTo("89.3");
    assertThat(a3.packId()).isEqualTo("cs-appraisal-uniform");
    assertThat(a3.flags()).isEmpty();
  }

  @Test
  void annual_grades_keep_the_forced_distribution_and_an_override_that_breaks_it_is_409()
      throws Exception {
    // 2025 is graded only here: five people of this store, one Monday each
    String[] seats = {"A1", "A2", "A3", "SV", "CU"};
    int[][] weeks = {
      {30, 30, 20, 15}, {28, 28, 19, 15}, {27, 27, 19, 15}, {25, 25, 15, 15}, {20, 20, 10, 10}
    };
    for (int i = 0; i < seats.length; i++) {
      evaluate(Web.ADMIN, seats[i], "2025-03-03", weeks[i]).andExpect(status().isCreated());
    }
    call(post("/api/v1/annual-grades"), s.login("CM"), "{\"year\":2025}")
        .andExpect(status().isForbidden());
    call(post("/api/v1/annual-grades"), Web.GROUP_CS, "{\"year\":2025}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(5))
        .andExpect(jsonPath("$[0].employeeCode").value(s.code("A1")))
        .andExpect(jsonPath("$[0].annualScore").value(95.0))
        .andExpect(jsonPath("$[0].grade").value("EXCELLENT"))
        .andExpect(jsonPath("$[1].grade").value("GOOD"))
        .andExpect(jsonPath("$[2].grade").value("GOOD"))
        .andExpect(jsonPath("$[3].grade").value("PASS"))
        .andExpect(jsonPath("$[4].grade").value("FAIL"));

    String a2 = "/api/v1/annual-grades/2025/" + s.code("A2");
    call(put(a2), Web.GROUP_CS, "{\"grade\":\"EXCELLENT\",\"reason\":\"全年表现突出\"}")
        .andExpect(status().isConflict());
    call(
            put("/api/v1/annual-grades/2025/" + s.code("CU")),
            Web.GROUP_CS,
            "{\"grade\":\"PASS\",\"reason\":\"情有可原\"}")
        .andExpect(status().isConflict());
    call(put(a2), Web.GROUP_CS, "{\"grade\":\"PASS\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    call(put(a2), s.login("SM"), "{\"grade\":\"PASS\",\"reason\":\"复核\"}")
        .andExpect(status().isForbidden());
    call(put(a2), Web.GROUP_CS, "{\"grade\":\"PASS\",\"reason\":\"年度复核下调\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.grade").value("PASS"))
        .andExpect(jsonPath("$.computedGrade").value("GOOD"))
        .andExpect(jsonPath("$.reason").value("年度复核下调"));
  }

  @Test
  void the_month_close_puts_each_seats_score_flags_and_store_rank_on_the_statement()
      throws Exception {
    adoptScorecard();
    // a month no other test closes; no records: 20 + 5 + the entered criteria
    String month = "2027-03";
    card(s.login("CM"), month, "A1", ENTERED.formatted(10, 10)).andExpect(status().isOk());
    card(s.login("CM"), month, "A2", ENTERED.formatted(2, 0)).andExpect(status().isOk());
    card(s.login("CM"), month, "A3", ENTERED.formatted(10, 10)).andExpect(status().isOk());

    call(post("/api/v1/settlements"), Web.GROUP_CS, "{\"month\":\"" + month + "\"}")
        .andExpect(status().is2xxSuccessful());
    String statement = "$.statements[?(@.employeeCode == '%s')].";
    mvc.perform(get("/api/v1/settlements/" + month).with(Web.GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath(statement.formatted(s.code("A1")) + "score").value(68.0))
        .andExpect(jsonPath(statement.formatted(s.code("A1")) + "rankInStore").value(1))
        .andExpect(jsonPath(statement.formatted(s.code("A3")) + "rankInStore").value(1))
        .andExpect(jsonPath(statement.formatted(s.code("A2")) + "score").value(50.0))
        .andExpect(jsonPath(statement.formatted(s.code("A2")) + "rankInStore").value(3))
        .andExpect(
            jsonPath(statement.formatted(s.code("A2")) + "scoreFlags[*]")
                .value(org.hamcrest.Matchers.contains("NEEDS_IMPROVEMENT")));
  }
}
