package kefu.compliance;

import static kefu.Web.ADMIN;
import static kefu.Web.S01_CS;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Doc 000 §3–§7 as the compliance work plays it out through the API.md calls. Each scenario opens a
 * store of its own with its own CS manager and agent and works in a month of its own, so the
 * scenarios pass in any order beside each other and beside the other classes.
 */
abstract class ComplianceScenario {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired ComplianceSweep sweep;
  @Autowired kefu.policy.PolicyPacks packs;
  @Autowired kefu.organization.GroupCalendar calendar;
  @Autowired SweepMark mark;

  static final kefu.organization.AccessScope ADMIN_SCOPE =
      new kefu.organization.AccessScope("admin", kefu.organization.Role.ADMIN, null, null);

  /** A store of its own: code, its CS manager's and its agent's codes. */
  record Shop(String code, String manager, String agent) {}

  Shop shop() throws Exception {
    int n = NEXT.incrementAndGet();
    String tag = Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase() + n;
    String store = "K" + tag;
    ok(post("/api/v1/stores"), "{\"code\":\"" + store + "\",\"name\":\"合规" + tag + "\"}", 201);
    String manager = "KM" + tag;
    String agent = "KA" + tag;
    employee(manager, store, "CS_MANAGER");
    employee(agent, store, "CS_AGENT");
    return new Shop(store, manager, agent);
  }

  private void employee(String code, String store, String position) throws Exception {
    ok(
        post("/api/v1/employees"),
        """
        {"code":"%s","name":"员工%s","storeCode":"%s","position":"%s","level":"JUNIOR",
         "hiredOn":"2025-01-01","baseSalary":3000.00}"""
            .formatted(code, code, store, position),
        201);
  }

  ResultActions call(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body)
      throws Exception {
    return mvc.perform(json(request, ADMIN, body));
  }

  String ok(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String body,
      int status)
      throws Exception {
    return body(call(request, body).andExpect(status().is(status)));
  }

  void duty(Shop shop, String deadline, String employee, String from) throws Exception {
    ok(
        post("/api/v1/stores/" + shop.code() + "/duties"),
        "{\"deadline\":\"%s\",\"employeeCode\":\"%s\",\"from\":\"%s\"}"
            .formatted(deadline, employee, from),
        201);
  }

  String submit(Shop shop, String deadline, String periodDay, String at) throws Exception {
    return ok(
        post("/api/v1/work-submissions"),
        "{\"storeCode\":\"%s\",\"deadline\":\"%s\",\"periodDay\":\"%s\",\"submittedAt\":\"%s\"}"
            .formatted(shop.code(), deadline, periodDay, at),
        201);
  }

  List<Long> sweep(String asOf) throws Exception {
    String answer = ok(post("/api/v1/compliance/sweep"), "{\"asOf\":\"" + asOf + "\"}", 200);
    List<Number> ids = JsonPath.read(answer, "$.createdIncidentIds");
    return ids.stream().map(Number::longValue).toList();
  }

  /** The store's incidents of the month that are still recorded. */
  List<Map<String, Object>> incidents(Shop shop, String month) throws Exception {
    String answer =
        body(
            mvc.perform(
                    get("/api/v1/incidents?month=" + month + "&storeCode=" + shop.code())
                        .with(ADMIN))
                .andExpect(status().isOk()));
    return JsonPath.read(answer, "$[?(@.status == 'RECORDED')]");
  }

  BigDecimal fineTotal(String month, String employee) throws Exception {
    call(post("/api/v1/settlements"), "{\"month\":\"" + month + "\"}")
        .andExpect(status().is2xxSuccessful());
    String answer =
        body(
            mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN))
                .andExpect(status().isOk()));
    List<Object> totals =
        JsonPath.read(answer, "$.statements[?(@.employeeCode == '" + employee + "')].fineTotal");
    assertThat(totals).as("statement of " + employee).hasSize(1);
    return new BigDecimal(String.valueOf(totals.get(0))).setScale(2);
  }

  @Test
  void fridays_daily_report_sent_on_monday_at_eleven_is_late_and_fines_once() throws Exception {
    Shop shop = shop();
    // 2027-01-08 is a Friday; Saturday's and Sunday's reports go out on time
    duty(shop, "DAILY_REPORT_PRE_SALES", shop.agent(), "2027-01-08");
    String friday =
        submit(shop, "DAILY_REPORT_PRE_SALES", "2027-01-08", "2027-01-11T11:00:00+08:00");
    submit(shop, "DAILY_REPORT_PRE_SALES", "2027-01-09", "2027-01-10T09:00:00+08:00");
    submit(shop, "DAILY_REPORT_PRE_SALES", "2027-01-10", "2027-01-11T10:00:00+08:00");

    assertThat((String) JsonPath.read(friday, "$.dueAt")).isEqualTo("2027-01-09T12:00:00+08:00");
    assertThat((Boolean) JsonPath.read(friday, "$.onTime")).isFalse();

    List<Long> created = sweep("2027-01-11T12:30:00+08:00");
    List<Map<String, Object>> late = incidents(shop, "2027-01");

    assertThat(late).hasSize(1);
    assertThat(created).contains(((Number) late.get(0).get("id")).longValue());
    assertThat(late.get(0))
        .containsEntry("type", "REPORT_LATE")
        .containsEntry("employeeCode", shop.agent())
        .containsEntry("occurredAt", "2027-01-09T12:00:00+08:00");
    assertThat((String) late.get(0).get("note"))
        .contains(shop.code() + "|DAILY_REPORT_PRE_SALES|2027-01-08");
    assertThat(sweep("2027-01-11T12:30:00+08:00")).isEmpty();
    assertThat(fineTotal("2027-01", shop.agent())).isEqualByComparingTo("50.00");
    assertThat(fineTotal("2027-01", shop.manager())).isEqualByComparingTo("80.00");

    assertThat(statuses(shop, "2027-01", "DAILY_REPORT_PRE_SALES").subList(0, 3))
        .containsExactly("LATE", "ON_TIME", "ON_TIME");
  }

  /**
   * A pack owing the pre-sales report on working days only, adopted for this store alone, over the
   * group calendar's holidays of 2031-10-01..10-03 (Wednesday to Friday; no other scenario works in
   * October 2031): no report is owed on the holidays or the weekend after, and Tuesday's is due on
   * the first day back.
   */
  @Test
  void a_report_owed_on_working_days_skips_the_group_calendars_holidays_and_weekend()
      throws Exception {
    Shop shop = shop();
    for (int day = 1; day <= 3; day++) {
      java.time.LocalDate holiday = java.time.LocalDate.of(2031, 10, day);
      if (calendar.holidays().stream().noneMatch(h -> h.getDay().equals(holiday))) {
        calendar.addHoliday(ADMIN_SCOPE, holiday, false, "国庆节");
      }
    }
    String packId = "workdays-" + shop.code().toLowerCase();
    String yaml =
        packs
            .copy(
                ADMIN_SCOPE,
                new kefu.policy.NewCopy(
                    "group-cs-2010",
                    null,
                    packId,
                    new kefu.policy.LocalizedText("工作日日报", "Working-day reports")))
            .yaml();
    packs.saveNextVersion(
        ADMIN_SCOPE,
        packId,
        yaml.replace(
            "  - code: DAILY_REPORT_PRE_SALES\n",
            "  - code: DAILY_REPORT_PRE_SALES\n    days: WORKING\n"));
    packs.adopt(
        ADMIN_SCOPE,
        new kefu.policy.NewAdoption(
            packId, 2, java.time.LocalDate.of(2031, 9, 1), java.util.Set.of(shop.code())));
    duty(shop, "DAILY_REPORT_PRE_SALES", shop.agent(), "2031-09-29");

    String tuesday =
        submit(shop, "DAILY_REPORT_PRE_SALES", "2031-09-30", "2031-10-06T11:00:00+08:00");
    String work = work(shop, "2031-10");

    assertThat((String) JsonPath.read(tuesday, "$.dueAt")).isEqualTo("2031-10-06T12:00:00+08:00");
    assertThat((Boolean) JsonPath.read(tuesday, "$.onTime")).isTrue();
    List<String> days =
        JsonPath.read(work, "$[?(@.deadline == 'DAILY_REPORT_PRE_SALES')].periodStart");
    assertThat(days).startsWith("2031-10-06", "2031-10-07").doesNotContain("2031-10-02");
    assertThat(days).hasSize(20);
    call(
            post("/api/v1/work-submissions"),
            "{\"storeCode\":\"%s\",\"deadline\":\"DAILY_REPORT_PRE_SALES\",\"periodDay\":\"2031-10-02\"}"
                .formatted(shop.code()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("periodDay"));
    // the after-sales report of the built-in pack is still owed every day
    duty(shop, "DAILY_REPORT_AFTER_SALES", shop.agent(), "2031-10-01");
    assertThat(
            (String)
                JsonPath.read(
                    submit(
                        shop,
                        "DAILY_REPORT_AFTER_SALES",
                        "2031-10-02",
                        "2031-10-03T09:00:00+08:00"),
                    "$.dueAt"))
        .isEqualTo("2031-10-03T12:00:00+08:00");
  }

  void callback(Shop shop, String calledAt) throws Exception {
    ok(
        post("/api/v1/callbacks"),
        """
        {"storeCode":"%s","employeeCode":"%s","kind":"AFTER_SALES","calledAt":"%s",
         "customerName":"王先生","customerPhone":"13812345678","result":"SATISFIED"}"""
            .formatted(shop.code(), shop.agent(), calledAt),
        201);
  }

  /** The store's work items of the month as the API answers them. */
  String work(Shop shop, String month) throws Exception {
    return body(
        mvc.perform(
                get("/api/v1/compliance/work?storeCode=" + shop.code() + "&month=" + month)
                    .with(ADMIN))
            .andExpect(status().isOk()));
  }

  List<String> statuses(Shop shop, String month, String deadline) throws Exception {
    return JsonPath.read(work(shop, month), "$[?(@.deadline == '" + deadline + "')].status");
  }

  /**
   * A day's callback data is met by the day's callback records, as of when the first was recorded,
   * or by a declaration that there was nothing to call back; a day with neither is missing. The
   * callbacks here are recorded now: after the due time for a past day, before it for a future one.
   */
  @Test
  void a_days_callback_records_meet_its_callback_data() throws Exception {
    Shop shop = shop();
    duty(shop, "CALLBACK_DATA", shop.agent(), "2026-11-10");
    callback(shop, "2026-11-10T10:00:00+08:00");
    submit(shop, "CALLBACK_DATA", "2026-11-11", "2026-11-11T20:00:00+08:00");
    callback(shop, "2029-06-01T10:00:00+08:00");

    assertThat(statuses(shop, "2026-11", "CALLBACK_DATA").subList(0, 3))
        .containsExactly("LATE", "ON_TIME", "MISSING");
    assertThat(statuses(shop, "2029-06", "CALLBACK_DATA").subList(0, 2))
        .containsExactly("ON_TIME", "OPEN");
  }

  @Test
  void a_three_day_task_with_notice_25_hours_ahead_is_excused_and_23_hours_is_not()
      throws Exception {
    Shop early = shop();
    Shop late = shop();
    String task =
        ok(
            post("/api/v1/oa-tasks"),
            """
            {"title":"展厅整改","storeCodes":["%s","%s"],
             "assignedAt":"2027-02-10T09:00:00+08:00","dueAt":"2027-02-13T18:00:00+08:00"}"""
                .formatted(early.code(), late.code()),
            201);
    long id = ((Number) JsonPath.read(task, "$.id")).longValue();
    assertThat((Integer) JsonPath.read(task, "$.allowedDays")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(task, "$.noticeDaysNeeded")).isEqualTo(1);

    String excused =
        ok(
            post("/api/v1/oa-tasks/" + id + "/notices"),
            "{\"storeCode\":\"%s\",\"givenAt\":\"2027-02-12T17:00:00+08:00\",\"reason\":\"人手不足\"}"
                .formatted(early.code()),
            201);
    String notExcused =
        ok(
            post("/api/v1/oa-tasks/" + id + "/notices"),
            "{\"storeCode\":\"%s\",\"givenAt\":\"2027-02-12T19:00:00+08:00\",\"reason\":\"人手不足\"}"
                .formatted(late.code()),
            201);
    assertThat((Boolean) JsonPath.read(excused, "$.excuses")).isTrue();
    assertThat((Boolean) JsonPath.read(notExcused, "$.excuses")).isFalse();

    sweep("2027-02-14T00:00:00+08:00");

    assertThat(incidents(early, "2027-02")).isEmpty();
    assertThat(incidents(late, "2027-02"))
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("type", "OA_TASK_LATE"));
    assertThat(fineTotal("2027-02", late.manager())).isEqualByComparingTo("50.00");
    assertThat(fineTotal("2027-02", early.manager())).isEqualByComparingTo("0.00");
  }

  @Test
  void a_month_with_one_meeting_fines_the_cs_manager_60_once() throws Exception {
    Shop shop = shop();
    duty(shop, "MEETINGS", shop.manager(), "2027-03-01");
    ok(
        post("/api/v1/meetings"),
        """
        {"storeCode":"%s","heldAt":"2027-03-10T15:00:00+08:00","attendeeCodes":["%s","%s"],
         "minutes":"销售、售后与客服例会","feedback":[{"kind":"COMPLAINT","text":"交车等待过长"}]}"""
            .formatted(shop.code(), shop.manager(), shop.agent()),
        201);

    assertThat(sweep("2027-03-31T23:00:00+08:00")).isNotNull();
    assertThat(incidents(shop, "2027-03")).isEmpty();
    sweep("2027-04-01T00:00:00+08:00");
    sweep("2027-04-02T00:00:00+08:00");

    assertThat(incidents(shop, "2027-03"))
        .singleElement()
        .satisfies(
            i ->
                assertThat(i)
                    .containsEntry("type", "MEETING_NOT_HELD")
                    .containsEntry("quantity", 1)
                    .containsEntry("occurredAt", "2027-03-31T23:59:59+08:00"));
    assertThat(fineTotal("2027-03", shop.manager())).isEqualByComparingTo("60.00");
  }

  @Test
  void a_notice_recorded_after_the_sweep_but_given_in_time_voids_its_incident_for_good()
      throws Exception {
    Shop shop = shop();
    duty(shop, "MONTHLY_REPORT", shop.agent(), "2027-04-01");
    sweep("2027-05-06T00:00:00+08:00");
    List<Map<String, Object>> missing = incidents(shop, "2027-05");
    assertThat(missing)
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("type", "REPORT_LATE"));

    String notice =
        ok(
            post("/api/v1/work-notices"),
            "{\"storeCode\":\"%s\",\"deadline\":\"MONTHLY_REPORT\",\"periodDay\":\"2027-04-01\",\"givenAt\":\"2027-05-04T10:00:00+08:00\",\"reason\":\"系统故障\"}"
                .formatted(shop.code()),
            201);

    assertThat((Boolean) JsonPath.read(notice, "$.excuses")).isTrue();
    assertThat(incidents(shop, "2027-05")).isEmpty();
    // a later duty makes the sweep look again from its day: the voided incident stays voided
    duty(shop, "MONTHLY_REPORT", shop.manager(), "2027-04-15");
    sweep("2027-05-07T00:00:00+08:00");
    assertThat(incidents(shop, "2027-05")).isEmpty();
  }

  @Test
  void bad_input_is_refused_on_its_field_and_a_late_notice_is_kept_as_not_excusing()
      throws Exception {
    Shop shop = shop();
    call(
            post("/api/v1/work-submissions"),
            "{\"storeCode\":\"%s\",\"deadline\":\"YEARLY_POEM\",\"periodDay\":\"2027-06-01\"}"
                .formatted(shop.code()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("deadline"));
    call(
            post("/api/v1/work-submissions"),
            "{\"storeCode\":\"%s\",\"deadline\":\"WEEKLY_REPORT\",\"periodDay\":\"2027-02-30\"}"
                .formatted(shop.code()))
        .andExpect(status().isBadRequest());
    call(
            post("/api/v1/oa-tasks"),
            """
            {"title":"倒签","storeCodes":["%s"],
             "assignedAt":"2027-06-10T09:00:00+08:00","dueAt":"2027-06-09T18:00:00+08:00"}"""
                .formatted(shop.code()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dueAt"));
    mvc.perform(
            json(
                post("/api/v1/work-submissions"),
                S01_CS,
                "{\"storeCode\":\"%s\",\"deadline\":\"WEEKLY_REPORT\",\"periodDay\":\"2027-06-01\"}"
                    .formatted(shop.code())))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/compliance/work?storeCode=" + shop.code() + "&month=2027-06").with(S01_CS))
        .andExpect(status().isNotFound());
    mvc.perform(
            json(
                post("/api/v1/compliance/sweep"),
                S01_CS,
                "{\"asOf\":\"2027-06-01T00:00:00+08:00\"}"))
        .andExpect(status().isForbidden());

    String late =
        ok(
            post("/api/v1/work-notices"),
            "{\"storeCode\":\"%s\",\"deadline\":\"WEEKLY_REPORT\",\"periodDay\":\"2027-06-09\",\"givenAt\":\"2027-06-16T08:00:00+08:00\",\"reason\":\"忘记\"}"
                .formatted(shop.code()),
            201);
    assertThat((Boolean) JsonPath.read(late, "$.excuses")).isFalse();
  }

  @Test
  void a_submissions_file_is_checked_kept_and_given_back() throws Exception {
    Shop shop = shop();
    String submitted = submit(shop, "WEEKLY_REPORT", "2027-07-07", "2027-07-13T20:00:00+08:00");
    long id = ((Number) JsonPath.read(submitted, "$.id")).longValue();
    assertThat((Boolean) JsonPath.read(submitted, "$.onTime")).isTrue();
    byte[] pdf = "%PDF-1.4 周报".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    mvc.perform(
            multipart("/api/v1/work-submissions/" + id + "/attachment")
                .file(new MockMultipartFile("file", "周报.pdf", "application/pdf", pdf))
                .with(
                    r -> {
                      r.setMethod("PUT");
                      return r;
                    })
                .with(ADMIN))
        .andExpect(status().isOk());
    mvc.perform(
            multipart("/api/v1/work-submissions/" + id + "/attachment")
                .file(new MockMultipartFile("file", "run.exe", "application/x-msdownload", pdf))
                .with(
                    r -> {
                      r.setMethod("PUT");
                      return r;
                    })
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));

    byte[] back =
        mvc.perform(get("/api/v1/work-submissions/" + id + "/attachment").with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(back).isEqualTo(pdf);
  }

  @Test
  void two_sweeps_at_once_make_each_incident_once() throws Exception {
    Shop shop = shop();
    duty(shop, "DAILY_REPORT_AFTER_SALES", shop.agent(), "2027-08-01");
    duty(shop, "CALLBACK_DATA", shop.agent(), "2027-08-01");
    java.time.Instant asOf =
        java.time.OffsetDateTime.parse("2027-08-11T00:00:00+08:00").toInstant();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<List<Long>>> both = new ArrayList<>();
      both.add(() -> sweep.sweep(asOf, "node-a"));
      both.add(() -> sweep.sweep(asOf, "node-b"));
      List<Long> created = new ArrayList<>();
      for (Future<List<Long>> f : pool.invokeAll(both)) {
        created.addAll(f.get());
      }
      assertThat(new HashSet<>(created)).hasSameSizeAs(created);
    } finally {
      pool.shutdownNow();
    }
    // days 08-01..08-09 are due by 08-10 12:00: nine after-sales reports and nine days of callbacks
    List<Map<String, Object>> made = incidents(shop, "2027-08");
    assertThat(made).hasSize(18);
    assertThat(made.stream().map(i -> i.get("note")).distinct()).hasSize(18);
  }

  @Test
  void the_month_grid_colours_each_day_and_exports_to_excel() throws Exception {
    Shop shop = shop();
    duty(shop, "DAILY_REPORT_AFTER_SALES", shop.agent(), "2026-11-01");
    submit(shop, "DAILY_REPORT_AFTER_SALES", "2026-11-01", "2026-11-02T09:00:00+08:00");
    submit(shop, "DAILY_REPORT_AFTER_SALES", "2026-11-02", "2026-11-04T09:00:00+08:00");
    ok(
        post("/api/v1/work-notices"),
        "{\"storeCode\":\"%s\",\"deadline\":\"DAILY_REPORT_AFTER_SALES\",\"periodDay\":\"2026-11-03\",\"givenAt\":\"2026-11-04T08:00:00+08:00\",\"reason\":\"断网\"}"
            .formatted(shop.code()),
        201);

    String page =
        body(
            mvc.perform(
                    get("/compliance?storeCode=" + shop.code() + "&month=2026-11")
                        .with(ADMIN)
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isOk()));

    assertThat(page)
        .contains("id=\"cell-DAILY_REPORT_AFTER_SALES-2026-11-01\"")
        .containsPattern(
            "work-ON_TIME table-success\">\\s*<a id=\"cell-DAILY_REPORT_AFTER_SALES-2026-11-01\"")
        .containsPattern(
            "work-LATE table-danger\">\\s*<a id=\"cell-DAILY_REPORT_AFTER_SALES-2026-11-02\"")
        .containsPattern(
            "work-EXCUSED table-warning\">\\s*<a id=\"cell-DAILY_REPORT_AFTER_SALES-2026-11-03\"")
        .containsPattern(
            "work-MISSING table-danger\">\\s*<a id=\"cell-DAILY_REPORT_AFTER_SALES-2026-11-04\"");

    byte[] sheet =
        mvc.perform(
                get("/compliance/export.xlsx?storeCode=" + shop.code() + "&month=2026-11")
                    .with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
      var rows = wb.getSheetAt(0);
      assertThat(rows.getLastRowNum()).isEqualTo(30);
      assertThat(rows.getRow(1).getCell(3).getStringCellValue()).isEqualTo("ON_TIME");
      assertThat(rows.getRow(2).getCell(3).getStringCellValue()).isEqualTo("LATE");
    }
    mvc.perform(
            get("/compliance/group?month=2026-11")
                .with(ADMIN)
                .accept(org.springframework.http.MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString(shop.code())));
  }

  /** The statement's fine total of a month as stored, without computing it again. */
  BigDecimal storedFineTotal(String month, String employee) throws Exception {
    String answer =
        body(
            mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN))
                .andExpect(status().isOk()));
    List<Object> totals =
        JsonPath.read(answer, "$.statements[?(@.employeeCode == '" + employee + "')].fineTotal");
    return new BigDecimal(String.valueOf(totals.get(0))).setScale(2);
  }

  /**
   * A notice given in time but recorded after March 2030 was published (only here): March keeps the
   * late report's fines, and April gives them back, citing the incident, once however many late
   * records follow. The mark starts at the duty's day, so the sweep judges only that window.
   */
  @Test
  void a_late_record_after_publication_is_given_back_in_the_next_open_month() throws Exception {
    Shop shop = shop();
    mark.advanceTo(java.time.OffsetDateTime.parse("2030-03-04T00:00:00+08:00").toInstant());
    duty(shop, "WEEKLY_REPORT", shop.agent(), "2030-03-04");
    sweep("2030-03-13T00:00:00+08:00");
    List<Map<String, Object>> late = incidents(shop, "2030-03");
    assertThat(late)
        .singleElement()
        .satisfies(i -> assertThat(i).containsEntry("type", "REPORT_LATE"));
    long incident = ((Number) late.get(0).get("id")).longValue();
    assertThat(fineTotal("2030-03", shop.agent())).isEqualByComparingTo("50.00");
    call(post("/api/v1/settlements/2030-03/publish"), "{}").andExpect(status().isOk());

    String notice =
        ok(
            post("/api/v1/work-notices"),
            "{\"storeCode\":\"%s\",\"deadline\":\"WEEKLY_REPORT\",\"periodDay\":\"2030-03-04\",\"givenAt\":\"2030-03-11T10:00:00+08:00\",\"reason\":\"系统故障\"}"
                .formatted(shop.code()),
            201);
    submit(shop, "WEEKLY_REPORT", "2030-03-05", "2030-03-12T20:00:00+08:00");

    assertThat((Boolean) JsonPath.read(notice, "$.excuses")).isTrue();
    assertThat(incidents(shop, "2030-03")).singleElement();
    assertThat(storedFineTotal("2030-03", shop.agent())).isEqualByComparingTo("50.00");
    assertThat(fineTotal("2030-04", shop.agent())).isEqualByComparingTo("-50.00");
    assertThat(fineTotal("2030-04", shop.manager())).isEqualByComparingTo("-80.00");
    String april =
        body(
            mvc.perform(get("/api/v1/settlements/2030-04").with(ADMIN)).andExpect(status().isOk()));
    List<List<Number>> cited =
        JsonPath.read(
            april,
            "$.statements[?(@.employeeCode == '"
                + shop.agent()
                + "')].lines[?(@.type == 'ADJUSTMENT')].incidentIds");
    assertThat(cited)
        .singleElement()
        .satisfies(ids -> assertThat(ids.get(0).longValue()).isEqualTo(incident));
  }

  /**
   * Work due in a published month goes into the next open month, citing the original. May 2028 is
   * published only here, so no other scenario meets its lock.
   */
  @Test
  void work_due_in_a_published_month_goes_into_the_next_open_month_citing_it() throws Exception {
    Shop shop = shop();
    duty(shop, "WEEKLY_REPORT", shop.agent(), "2028-05-01");
    call(post("/api/v1/settlements"), "{\"month\":\"2028-05\"}")
        .andExpect(status().is2xxSuccessful());
    call(post("/api/v1/settlements/2028-05/publish"), "{}").andExpect(status().isOk());

    sweep("2028-06-01T00:00:00+08:00");

    assertThat(incidents(shop, "2028-05")).isEmpty();
    // the weeks ending 05-07, 05-14, 05-21 and 05-28 were due in May
    List<Map<String, Object>> carried = incidents(shop, "2028-06");
    assertThat(carried).hasSize(4);
    assertThat(carried)
        .allSatisfy(
            i -> {
              assertThat(i).containsEntry("occurredAt", "2028-06-01T00:00:00+08:00");
              assertThat((String) i.get("note")).contains("correction of 2028-05", "WEEKLY_REPORT");
            });
    assertThat(fineTotal("2028-06", shop.agent())).isEqualByComparingTo("200.00");
  }
}
