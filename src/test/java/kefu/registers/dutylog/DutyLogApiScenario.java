package kefu.registers.dutylog;

import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The duty log over REST on the demo group: shifts of E105 in S01, entered by its CS manager. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class DutyLogApiScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String shift(OffsetDateTime start, OffsetDateTime end, boolean major) {
    return """
        {"storeCode":"S01","dutyCode":"E105","startAt":"%s","endAt":"%s",
         "happened":"展厅漏水","handled":"关阀门并报修","major":%s}"""
        .formatted(start, end, major);
  }

  static OffsetDateTime daysAgo(long days) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8))
        .minusDays(days)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  long entered(OffsetDateTime end, boolean major) throws Exception {
    String answer =
        body(
            mvc.perform(
                    json(post("/api/v1/duty-log"), S01_CS, shift(end.minusHours(8), end, major)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.major").value(major)));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  List<Integer> missing() throws Exception {
    return JsonPath.read(
        body(mvc.perform(get("/api/v1/duty-log/missing-reports?storeCode=S01").with(S01_CS))),
        "$[*].id");
  }

  @Test
  void aMajorEventWithoutItsReportAfterTheNextDayIsListedUntilTheReportIsWritten()
      throws Exception {
    long overdue = entered(daysAgo(3), true);
    long stillDue = entered(OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1), true);
    long ordinary = entered(daysAgo(3), false);

    assertThat(missing()).contains((int) overdue).doesNotContain((int) stillDue, (int) ordinary);

    mvc.perform(
            json(
                post("/api/v1/duty-log/" + overdue + "/report"), S01_CS, "{\"text\":\"水管老化，已更换\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.report").value("水管老化，已更换"))
        .andExpect(jsonPath("$.reportLate").value(true));
    assertThat(missing()).doesNotContain((int) overdue);
    mvc.perform(json(post("/api/v1/duty-log/" + overdue + "/report"), S01_CS, "{\"text\":\"再写\"}"))
        .andExpect(status().isConflict());
    mvc.perform(json(post("/api/v1/duty-log/" + ordinary + "/report"), S01_CS, "{\"text\":\"报告\"}"))
        .andExpect(status().isUnprocessableContent());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'duty-entry' and entity_id = ?")
                .param(String.valueOf(overdue))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aCorrectionCitesTheEntryAndTakesItOffTheMissingList() throws Exception {
    long wrong = entered(daysAgo(4), true);

    String correction =
        shift(daysAgo(4).minusHours(8), daysAgo(4), false)
            .replaceFirst("\\{", "{\"corrects\":" + wrong + ",");
    mvc.perform(json(post("/api/v1/duty-log"), S01_CS, correction))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.corrects").value(wrong));
    assertThat(missing()).doesNotContain((int) wrong);
    mvc.perform(json(post("/api/v1/duty-log"), S01_CS, correction))
        .andExpect(status().isConflict());
  }

  @Test
  void badShiftsAreRefusedOnTheirFieldsAndStaffEnterOnlyTheirOwn() throws Exception {
    mvc.perform(json(post("/api/v1/duty-log"), S01_CS, "{\"storeCode\":\"S01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.hasItems(
                        "dutyCode", "startAt", "endAt", "happened", "handled")));
    mvc.perform(json(post("/api/v1/duty-log"), S01_CS, shift(daysAgo(1), daysAgo(2), false)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("endAt"));
    mvc.perform(json(post("/api/v1/duty-log"), STAFF, shift(daysAgo(2), daysAgo(1), false)))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(
                post("/api/v1/duty-log"),
                STAFF,
                shift(daysAgo(2), daysAgo(1), false).replace("E105", "E104")))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/duty-log?storeCode=S01").with(STAFF)).andExpect(status().isOk());
  }

  @Test
  void thePagesListTheMonthEnterAShiftAndTakeTheReport() throws Exception {
    long overdue = entered(daysAgo(3), true);
    mvc.perform(get("/duty-log?storeCode=S01").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("missing-reports")));
    mvc.perform(get("/duty-log/new").with(S01_CS)).andExpect(status().isOk());
    mvc.perform(get("/duty-log/" + overdue).with(S01_CS))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("report-form")));
    String start = daysAgo(1).toLocalDateTime().minusHours(2).toString();
    String end = daysAgo(1).toLocalDateTime().toString();
    mvc.perform(
            kefu.Web.form(
                post("/duty-log"),
                S01_CS,
                "storeCode=S01&dutyCode=E105&startAt="
                    + start
                    + "&endAt="
                    + end
                    + "&happened=顾客晕倒&handled=拨打120&major=true&corrects="))
        .andExpect(status().is3xxRedirection());
    mvc.perform(kefu.Web.form(post("/duty-log/" + overdue + "/report"), S01_CS, "text=已送医"))
        .andExpect(status().is3xxRedirection());
    assertThat(missing()).doesNotContain((int) overdue);
    mvc.perform(kefu.Web.form(post("/duty-log"), S01_CS, "storeCode=S01&dutyCode=&startAt=&endAt="))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("duty-problems")));
  }
}
