package kefu.service;

import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kefu.service.ServiceShops.Shop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The service record pages, full stack: forms, the player's source, masking, the verdict flow. */
@SpringBootTest(properties = ServiceRecordsApiScenario.SMALL_LIMIT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ServicePagesTest {

  @Autowired MockMvc mvc;
  ServiceShops shops;

  @BeforeEach
  void shops() {
    shops = new ServiceShops(mvc);
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private static String select(String name) {
    return "<select class=\"form-select\" id=\"%s\" name=\"%s\">".formatted(name, name);
  }

  private static String textArea(String name, int rows) {
    return "<textarea class=\"form-control\" id=\"%s\" name=\"%s\" rows=\"%d\">"
        .formatted(name, name, rows);
  }

  @Test
  void the_new_forms_and_the_callback_filter_show_their_fields_under_the_names_they_post()
      throws Exception {
    Shop shop = shops.shop();
    String store = "value=\"" + shop.store() + "\"";
    mvc.perform(get("/callbacks/new").with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        select("storeCode"),
                        store,
                        "id=\"employeeCode\"",
                        select("kind"),
                        select("result"),
                        "value=\"PRAISE\"",
                        textArea("reportedData", 2),
                        "id=\"save-callback\"")));
    mvc.perform(get("/complaints/new").with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        select("storeCode"),
                        store,
                        "id=\"employeeCode\"",
                        select("kind"),
                        "value=\"COMPLAINT\"",
                        textArea("summary", 3),
                        "id=\"save-complaint\"")));
    mvc.perform(get("/callbacks?month=2026-11&storeCode=" + shop.store()).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "id=\"callback-filter\"",
                        "name=\"month\" value=\"2026-11\"",
                        store + " selected=\"selected\"")));
  }

  @Test
  void the_complaint_form_refuses_on_its_fields_saves_and_the_page_takes_each_step_once()
      throws Exception {
    Shop shop = shops.shop();
    String fields =
        "storeCode=%s&employeeCode=%s&kind=COMPLAINT&customerName=李女士&summary=等待过久&urgent=on&customerPhone=13912345678&receivedAt="
            .formatted(shop.store(), shop.agent());

    mvc.perform(form(post("/complaints"), GROUP_CS, fields))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem=\"receivedAt\"")))
        .andExpect(content().string(containsString("等待过久")));
    mvc.perform(
            form(
                post("/complaints"),
                GROUP_CS,
                fields.replace(shop.agent(), "NOBODY") + "2026-11-03T09:30"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem=\"employeeCode\"")));

    String location =
        mvc.perform(form(post("/complaints"), GROUP_CS, fields + "2026-11-03T09:30"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/complaints/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(location).with(GROUP_CS).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"first-reply-due\">2026-11-03 10:30")))
        .andExpect(content().string(containsString("id=\"breach-FIRST_REPLY\"")));

    mvc.perform(form(post(location + "/steps"), GROUP_CS, "action=acknowledge&at=2026-11-03T11:00"))
        .andExpect(flash().attribute("message", "service.complaint.stepDone.acknowledge"));
    mvc.perform(form(post(location + "/steps"), GROUP_CS, "action=resolve&at=2026-11-04T10:00"))
        .andExpect(flash().attribute("message", "service.complaint.stepDone.resolve"));
    mvc.perform(
            form(
                post(location + "/steps"),
                GROUP_CS,
                "action=close&at=2026-11-04T11:00&satisfaction=6"))
        .andExpect(flash().attribute("error", "service.complaint.satisfaction.range"));
    mvc.perform(
            form(
                post(location + "/steps"),
                GROUP_CS,
                "action=close&at=2026-11-04T11:00&satisfaction=4"))
        .andExpect(flash().attribute("message", "service.complaint.stepDone.close"));
    mvc.perform(
            form(
                post(location + "/steps"),
                GROUP_CS,
                "action=close&at=2026-11-04T12:00&satisfaction=5"))
        .andExpect(flash().attribute("error", "service.complaint.stepConflict"));
  }

  @Test
  void complaint_and_call_exports_mask_the_customer_number_even_for_group_cs() throws Exception {
    Shop shop = shops.shop();
    shops.created(
        post("/api/v1/complaints"),
        GROUP_CS,
        """
        {"storeCode":"%s","employeeCode":"%s","kind":"COMPLAINT","receivedAt":"2026-11-05T10:00:00+08:00",
         "urgent":false,"important":false,"customerName":"周先生","customerPhone":"13712345678","summary":"导出"}"""
            .formatted(shop.store(), shop.agent()));
    // a day's call as the import leaves it, under an import of its own
    org.springframework.jdbc.support.GeneratedKeyHolder key =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into call_import (status, file_name, row_count, created_by, created_at)"
                + " values ('DONE', 'calls.csv', 1, 'groupcs', ?)")
        .param(java.sql.Timestamp.from(java.time.Instant.now()))
        .update(key, "id");
    jdbc.sql(
            "insert into call_record (import_id, store_code, employee_code, started_at,"
                + " started_on, duration_seconds, direction, customer_number, outcome)"
                + " values (?, ?, ?, ?, ?, 95, 'OUT', '13612345678', 'ANSWERED')")
        .params(
            key.getKey().longValue(),
            shop.store(),
            shop.agent(),
            java.sql.Timestamp.from(java.time.Instant.parse("2026-11-05T02:00:00Z")),
            java.time.LocalDate.of(2026, 11, 5))
        .update();

    String complaints =
        sheetText("/complaints/export.xlsx?month=2026-11&storeCode=" + shop.store());
    String calls = sheetText("/calls/export.xlsx?date=2026-11-05&storeCode=" + shop.store());

    assertThat(complaints).contains("137****5678", "导出").doesNotContain("13712345678");
    assertThat(calls)
        .contains("136****5678", shop.agent(), "2026-11-05 10:00:00")
        .doesNotContain("13612345678");
    for (String pdf :
        java.util.List.of(
            "/complaints/export.pdf?month=2026-11&storeCode=" + shop.store(),
            "/calls/export.pdf?date=2026-11-05&storeCode=" + shop.store())) {
      byte[] bytes =
          mvc.perform(get(pdf).with(GROUP_CS))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Type", startsWith("application/pdf")))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
    // group users name the store of a day's calls
    mvc.perform(get("/calls/export.xlsx?date=2026-11-05").with(GROUP_CS))
        .andExpect(status().isBadRequest());
  }

  /** Every cell of the first sheet of a downloaded workbook, one line per row. */
  private String sheetText(String path) throws Exception {
    byte[] bytes =
        mvc.perform(get(path).with(GROUP_CS))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    StringBuilder out = new StringBuilder();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      for (var row : wb.getSheetAt(0)) {
        for (var cell : row) {
          out.append(formatter.formatCellValue(cell)).append('\t');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void the_callback_form_refuses_a_bad_number_on_its_field_and_saves_a_good_callback()
      throws Exception {
    Shop shop = shops.shop();
    String fields =
        "storeCode=%s&employeeCode=%s&kind=PRE_SALES&calledAt=2026-11-03T09:30&customerName=王先生&result=PRAISE&reportedData=表扬服务&customerPhone="
            .formatted(shop.store(), shop.agent());

    mvc.perform(form(post("/callbacks"), GROUP_CS, fields + "phone?"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-problem=\"customerPhone\"")));

    String page =
        mvc.perform(form(post("/callbacks"), GROUP_CS, fields + "13912345678"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/callbacks/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(page).with(GROUP_CS).accept(MediaType.TEXT_HTML))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("139****5678")))
        .andExpect(content().string(not(containsString("13912345678"))))
        .andExpect(content().string(containsString("id=\"unmask-form\"")));
  }

  @Test
  void the_callback_page_plays_its_uploaded_recording_and_shows_the_full_number_only_on_request()
      throws Exception {
    Shop shop = shops.shop();
    long id = shops.callback(shop, shop.agent(), "2026-11-04");

    mvc.perform(
            multipart("/callbacks/" + id + "/recording")
                .file(new MockMultipartFile("file", "x.txt", "audio/wav", "plain text".getBytes()))
                .with(GROUP_CS)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", "recording.notAudio"));
    mvc.perform(
            multipart("/callbacks/" + id + "/recording")
                .file(new MockMultipartFile("file", "call.wav", "audio/wav", ServiceShops.wav(300)))
                .with(GROUP_CS)
                .with(csrf()))
        .andExpect(flash().attribute("message", "recording.saved"));

    mvc.perform(get("/callbacks/" + id).with(GROUP_CS))
        .andExpect(content().string(containsString("<audio controls")))
        .andExpect(content().string(containsString("/callbacks/" + id + "/recording")))
        .andExpect(content().string(containsString("138****5678")));
    mvc.perform(get("/callbacks/" + id + "/recording").header("Range", "bytes=0-3").with(GROUP_CS))
        .andExpect(status().isPartialContent())
        .andExpect(header().string("Content-Range", "bytes 0-3/300"));

    mvc.perform(post("/callbacks/" + id + "/unmask").with(S01_CS).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/callbacks/" + id + "/unmask").with(GROUP_CS).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("13812345678")));
    mvc.perform(get("/callbacks/" + id).with(STAFF)).andExpect(status().isNotFound());
  }

  @Test
  void group_cs_draws_a_sample_on_the_spot_check_page_and_marks_it_on_the_check_screen()
      throws Exception {
    Shop shop = shops.shop();
    long recorded = shops.callback(shop, shop.agent(), "2026-11-05");
    shops.upload(recorded, GROUP_CS, "a.wav", "audio/wav", ServiceShops.wav(100));
    long unrecorded = shops.callback(shop, shop.agent2(), "2026-11-06");

    String screen =
        mvc.perform(
                form(
                    post("/spot-checks"),
                    GROUP_CS,
                    "storeCode=%s&month=2026-11&seed=5".formatted(shop.store())))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(screen).startsWith("/spot-checks/");
    mvc.perform(get(screen).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-callback=\"" + recorded + "\"")))
        .andExpect(content().string(containsString("data-callback=\"" + unrecorded + "\"")))
        .andExpect(content().string(containsString("/callbacks/" + recorded + "/recording")));

    mvc.perform(
            form(
                post(screen + "/verdicts"),
                GROUP_CS,
                "callbackId=" + unrecorded + "&verdict=MATCH"))
        .andExpect(flash().attribute("message", "spotCheck.judgedIncident"));
    mvc.perform(
            form(
                post(screen + "/verdicts"),
                GROUP_CS,
                "callbackId=" + unrecorded + "&verdict=MATCH"))
        .andExpect(flash().attribute("error", "spotCheck.alreadyJudged"));
    mvc.perform(
            form(post(screen + "/verdicts"), GROUP_CS, "callbackId=" + recorded + "&verdict=MATCH"))
        .andExpect(flash().attribute("message", "spotCheck.judged"));

    String quota =
        body(
            mvc.perform(get("/spot-checks/quota?month=2026-11").with(GROUP_CS))
                .andExpect(status().isOk()));
    assertThat(quota).contains("data-store=\"" + shop.store() + "\"");
    mvc.perform(get("/spot-checks").with(S01_CS)).andExpect(status().isForbidden());
  }

  @Test
  void the_showroom_page_registers_a_visitor_masked_and_an_audit_names_its_incidents()
      throws Exception {
    Shop shop = shops.shop();
    mvc.perform(
            form(
                post("/showroom/visits"),
                GROUP_CS,
                "storeCode=%s&employeeCode=%s&visitedAt=2026-11-05T10:00&customerName=李女士&customerPhone=13700002222&purpose=试驾"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(flash().attribute("message", "showroom.registered"));
    mvc.perform(get("/showroom?month=2026-11&storeCode=" + shop.store()).with(GROUP_CS))
        .andExpect(content().string(containsString("137****2222")))
        .andExpect(content().string(containsString("李女士")));

    mvc.perform(
            form(
                post("/showroom/audits"),
                GROUP_CS,
                "storeCode=%s&employeeCode=%s&auditedAt=2026-11-10T17:00&falseOrMissed=1&inconsistentItems=0"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(flash().attribute("message", "showroom.audited"))
        .andExpect(flash().attribute("messageArg", startsWith("#")));
    mvc.perform(
            form(
                post("/showroom/audits"),
                GROUP_CS,
                "storeCode=%s&employeeCode=%s&auditedAt=2026-11-10T17:00&falseOrMissed=-2"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(flash().attribute("error", "validation.outOfRange"));
    mvc.perform(
            form(
                post("/showroom/visits"),
                GROUP_CS,
                "storeCode=%s&employeeCode=%s&visitedAt=2026-11-31T10:00"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", "typeMismatch.java.time.LocalDateTime"));
  }

  @Test
  void the_callback_export_holds_the_months_callbacks_with_masked_numbers() throws Exception {
    Shop shop = shops.shop();
    long id = shops.callback(shop, shop.agent(), "2026-11-07");

    byte[] xlsx =
        kefu.Web.bytes(
            mvc.perform(
                    get("/callbacks/export.xlsx?month=2026-11&storeCode=" + shop.store())
                        .with(GROUP_CS))
                .andExpect(status().isOk()));

    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(id);
      assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("138****5678");
    }
  }
}
