package kefu.service;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Doc 000 §1–§2 driven through the API.md calls: callbacks with masked numbers and their
 * recordings, group CS spot checks whose mismatches and missing recordings fine the agent (and, by
 * the pack's cascade, the CS manager), the monthly quota, and showroom audits. Each test opens a
 * store of its own, so the tests run in any order. The recording limit is set to 4 KB here.
 */
public abstract class ServiceRecordsApiScenario {

  /** The recording limit the subclasses configure, so a test file can cross it. */
  public static final String SMALL_LIMIT = "kefu.recordings.max-bytes=4096";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  ServiceShops shops;

  @org.junit.jupiter.api.BeforeEach
  void shops() {
    shops = new ServiceShops(mvc);
  }

  ServiceShops.Shop shop() throws Exception {
    return shops.shop();
  }

  String created(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor who,
      String body)
      throws Exception {
    return shops.created(request, who, body);
  }

  static long id(String json, String path) {
    return ServiceShops.id(json, path);
  }

  static String callbackJson(String store, String agent, String day, String phone) {
    return ServiceShops.callbackJson(store, agent, day, phone);
  }

  long callback(ServiceShops.Shop shop, String agent, String day) throws Exception {
    return shops.callback(shop, agent, day);
  }

  static byte[] wav(int bytes) {
    return ServiceShops.wav(bytes);
  }

  ResultActions upload(
      long callback, RequestPostProcessor who, String name, String type, byte[] file)
      throws Exception {
    return shops.upload(callback, who, name, type, file);
  }

  @Test
  void a_callback_shows_the_customer_number_masked_and_group_cs_may_unmask_it_with_an_audit_entry()
      throws Exception {
    ServiceShops.Shop shop = shop();
    String answer =
        created(
            post("/api/v1/callbacks"),
            ADMIN,
            callbackJson(shop.store(), shop.agent(), "2026-11-03", "13812345678"));
    long id = id(answer, "$.id");
    assertThat((String) JsonPath.read(answer, "$.customerPhone")).isEqualTo("138****5678");

    mvc.perform(get("/api/v1/callbacks/" + id).with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customerPhone").value("138****5678"));
    mvc.perform(get("/api/v1/callbacks/" + id + "?unmask=true").with(S01_CS))
        .andExpect(status().isForbidden());
    assertThat(unmaskedViews(id)).isZero();

    mvc.perform(get("/api/v1/callbacks/" + id + "?unmask=true").with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.customerPhone").value("13812345678"));
    assertThat(unmaskedViews(id)).isEqualTo(1);
  }

  /** The audit entries of one entity: action, actor and the values after, oldest first. */
  List<Map<String, Object>> auditOf(String entityType, long id) {
    return jdbc.sql(
            "select action, actor, after_json from audit_entry where entity_type = ?"
                + " and entity_id = ? order by id")
        .params(entityType, String.valueOf(id))
        .query()
        .listOfRows();
  }

  @Test
  void recording_a_callback_and_uploading_its_recording_are_in_the_audit_log_number_masked()
      throws Exception {
    ServiceShops.Shop shop = shop();
    long id =
        id(
            created(
                post("/api/v1/callbacks"),
                ADMIN,
                callbackJson(shop.store(), shop.agent(), "2026-11-05", "13812345678")),
            "$.id");
    upload(id, GROUP_CS, "c.wav", "audio/wav", wav(64)).andExpect(status().isOk());
    upload(id, GROUP_CS, "again.wav", "audio/wav", wav(128)).andExpect(status().isOk());

    assertThat(auditOf("callback", id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("action", "CREATE").containsEntry("actor", "admin");
              assertThat((String) e.get("after_json"))
                  .contains("138****5678", shop.agent(), "AFTER_SALES")
                  .doesNotContain("13812345678");
            });
    List<Map<String, Object>> uploads = auditOf("callback-recording", id);
    assertThat(uploads).hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("action", "UPDATE"));
    assertThat((String) uploads.get(1).get("after_json")).contains("audio/wav", "128");
    // a refused upload writes nothing
    upload(id, GROUP_CS, "c.wav", "audio/wav", "not audio".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isBadRequest());
    assertThat(auditOf("callback-recording", id)).hasSize(2);
  }

  long unmaskedViews(long callback) {
    return jdbc.sql(
            "select count(*) from audit_entry where entity_type = 'callback-phone-view'"
                + " and entity_id = ? and actor = 'groupcs'")
        .param(String.valueOf(callback))
        .query(Long.class)
        .single();
  }

  @Test
  void a_callback_for_someone_not_in_the_store_that_day_or_with_a_bad_number_is_refused()
      throws Exception {
    ServiceShops.Shop shop = shop();
    mvc.perform(
            json(
                post("/api/v1/callbacks"),
                GROUP_CS,
                callbackJson(shop.store(), "E104", "2026-11-03", "13812345678")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("employeeCode"));
    mvc.perform(
            json(
                post("/api/v1/callbacks"),
                GROUP_CS,
                callbackJson(shop.store(), shop.agent(), "2026-11-03", "call me")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("customerPhone"));
    mvc.perform(
            json(
                post("/api/v1/callbacks"),
                S01_CS,
                callbackJson(shop.store(), shop.agent(), "2026-11-03", "13812345678")))
        .andExpect(status().isForbidden());
    assertThat(
            jdbc.sql("select count(*) from callback where store_code = ?")
                .param(shop.store())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void a_recording_is_checked_by_its_bytes_and_size_and_streams_with_http_range() throws Exception {
    ServiceShops.Shop shop = shop();
    long id = callback(shop, shop.agent(), "2026-11-04");

    upload(
            id,
            GROUP_CS,
            "call.wav",
            "audio/wav",
            "not audio at all".getBytes(StandardCharsets.UTF_8))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(id, GROUP_CS, "call.wav", "audio/wav", wav(4097))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(get("/api/v1/callbacks/" + id + "/recording").with(GROUP_CS))
        .andExpect(status().isNotFound());

    byte[] audio = wav(1000);
    Arrays.fill(audio, 500, 1000, (byte) 7);
    upload(id, GROUP_CS, "anything.bin", "application/octet-stream", audio)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.hasRecording").value(true))
        .andExpect(jsonPath("$.recordingType").value("audio/wav"));

    mvc.perform(get("/api/v1/callbacks/" + id + "/recording").with(STAFF))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/callbacks/" + id + "/recording").with(GROUP_CS))
        .andExpect(status().isOk())
        .andExpect(header().string("Accept-Ranges", "bytes"))
        .andExpect(content().contentType("audio/wav"))
        .andExpect(content().bytes(audio));
    mvc.perform(
            get("/api/v1/callbacks/" + id + "/recording")
                .header("Range", "bytes=498-501")
                .with(GROUP_CS))
        .andExpect(status().isPartialContent())
        .andExpect(header().string("Content-Range", "bytes 498-501/1000"))
        .andExpect(header().longValue("Content-Length", 4))
        .andExpect(content().bytes(new byte[] {0, 0, 7, 7}));
    mvc.perform(
            get("/api/v1/callbacks/" + id + "/recording")
                .header("Range", "bytes=-2")
                .with(GROUP_CS))
        .andExpect(status().isPartialContent())
        .andExpect(header().string("Content-Range", "bytes 998-999/1000"));
    mvc.perform(
            get("/api/v1/callbacks/" + id + "/recording")
                .header("Range", "bytes=1000-")
                .with(GROUP_CS))
        .andExpect(status().isRequestedRangeNotSatisfiable())
        .andExpect(header().string("Content-Range", "bytes */1000"));
  }

  /** Five recorded callbacks by the agent and one without a recording by the second agent. */
  List<Long> monthOfCallbacks(ServiceShops.Shop shop) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int day = 2; day <= 6; day++) {
      long id = callback(shop, shop.agent(), "2026-11-0" + day);
      upload(id, GROUP_CS, "c.wav", "audio/wav", wav(64)).andExpect(status().isOk());
      ids.add(id);
    }
    ids.add(callback(shop, shop.agent2(), "2026-11-09"));
    return ids;
  }

  String check(String store, Integer size, long seed) throws Exception {
    return created(
        post("/api/v1/spot-checks"),
        GROUP_CS,
        "{\"storeCode\":\"%s\",\"month\":\"2026-11\",\"sampleSize\":%s,\"seed\":%d}"
            .formatted(store, size, seed));
  }

  ResultActions verdict(long check, long callback, String verdict) throws Exception {
    return mvc.perform(
        json(
            post("/api/v1/spot-checks/" + check + "/verdicts"),
            GROUP_CS,
            "{\"callbackId\":%d,\"verdict\":\"%s\",\"note\":\"抽查\",\"at\":\"2026-11-20T15:00:00+08:00\"}"
                .formatted(callback, verdict)));
  }

  @Test
  void a_spot_check_samples_the_packs_five_callbacks_and_the_same_seed_draws_the_same_sample()
      throws Exception {
    ServiceShops.Shop shop = shop();
    List<Long> month = monthOfCallbacks(shop);

    List<Number> first = JsonPath.read(check(shop.store(), null, 42), "$.callbackIds");
    List<Number> again = JsonPath.read(check(shop.store(), null, 42), "$.callbackIds");
    List<Number> two = JsonPath.read(check(shop.store(), 2, 42), "$.callbackIds");

    assertThat(first).hasSize(5).isEqualTo(again);
    assertThat(first.stream().map(Number::longValue).toList())
        .isSubsetOf(month)
        .doesNotHaveDuplicates();
    assertThat(two).hasSize(2);
    mvc.perform(
            json(
                post("/api/v1/spot-checks"),
                S01_CS,
                "{\"storeCode\":\"S01\",\"month\":\"2026-11\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(
                post("/api/v1/spot-checks"),
                GROUP_CS,
                "{\"storeCode\":\"%s\",\"month\":\"2026-07\"}".formatted(shop.store())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("month"));
  }

  @Test
  void mismatches_and_missing_recordings_fine_the_agent_once_and_a_match_fines_nobody()
      throws Exception {
    ServiceShops.Shop shop = shop();
    List<Long> month = monthOfCallbacks(shop);
    long unrecorded = month.get(5);
    String started = check(shop.store(), 6, 7);
    long check = id(started, "$.id");

    String match = body(verdict(check, month.get(0), "MATCH").andExpect(status().isCreated()));
    assertThat((Object) JsonPath.read(match, "$.incidentId")).isNull();

    String mismatch =
        body(verdict(check, month.get(1), "MISMATCH").andExpect(status().isCreated()));
    long mismatchIncident = id(mismatch, "$.incidentId");
    String none = body(verdict(check, unrecorded, "MATCH").andExpect(status().isCreated()));
    assertThat((String) JsonPath.read(none, "$.verdict")).isEqualTo("NO_RECORDING");
    long noRecordingIncident = id(none, "$.incidentId");

    verdict(check, month.get(1), "MATCH").andExpect(status().isConflict());
    String outsider =
        body(
            mvc.perform(
                json(
                    post("/api/v1/callbacks"),
                    GROUP_CS,
                    callbackJson(shop.store(), shop.agent(), "2026-12-01", "13812345678"))));
    verdict(check, id(outsider, "$.id"), "MATCH")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("callbackId"));

    String incidents =
        body(
            mvc.perform(
                    get("/api/v1/incidents?month=2026-11&storeCode=" + shop.store()).with(ADMIN))
                .andExpect(status().isOk()));
    List<Number> ids = JsonPath.read(incidents, "$[*].id");
    assertThat(ids.stream().map(Number::longValue).toList())
        .containsExactlyInAnyOrder(mismatchIncident, noRecordingIncident);
    assertThat((List<String>) JsonPath.read(incidents, "$[*].type"))
        .containsOnly("CALLBACK_RECORDING_MISMATCH");
    assertThat(
            (List<String>)
                JsonPath.read(incidents, "$[?(@.id==" + mismatchIncident + ")].employeeCode"))
        .containsExactly(shop.agent());
    assertThat(
            (List<String>)
                JsonPath.read(incidents, "$[?(@.id==" + noRecordingIncident + ")].employeeCode"))
        .containsExactly(shop.agent2());
    assertThat(
            (List<String>)
                JsonPath.read(incidents, "$[?(@.id==" + mismatchIncident + ")].occurredAt"))
        .containsExactly("2026-11-20T15:00:00+08:00");
    assertThat((List<String>) JsonPath.read(incidents, "$[?(@.id==" + mismatchIncident + ")].note"))
        .allMatch(n -> n.contains("#" + check) && n.contains("#" + month.get(1)));
  }

  @Test
  void
      the_quota_counts_each_stores_complete_checks_by_the_month_started_against_two_shortfalls_first()
          throws Exception {
    ServiceShops.Shop shop = shop();
    List<Long> month = monthOfCallbacks(shop);
    long complete = id(check(shop.store(), 2, 1), "$.id");
    List<Number> sample = JsonPath.read(check(shop.store(), 2, 1), "$.callbackIds");
    long open = id(check(shop.store(), 2, 3), "$.id");
    for (Number c : sample) {
      verdict(complete, c.longValue(), "MATCH").andExpect(status().isCreated());
    }
    verdict(open, month.get(0), "MATCH");
    // the checks sample November and are started now: they count in the month they started in
    java.time.YearMonth started = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));

    String quota =
        body(
            mvc.perform(get("/api/v1/spot-checks/quota?month=" + started).with(GROUP_CS))
                .andExpect(status().isOk()));
    if (!started.equals(java.time.YearMonth.of(2026, 11))) {
      String sampled =
          body(
              mvc.perform(get("/api/v1/spot-checks/quota?month=2026-11").with(GROUP_CS))
                  .andExpect(status().isOk()));
      assertThat(
              (List<Integer>)
                  JsonPath.read(sampled, "$[?(@.storeCode=='" + shop.store() + "')].completed"))
          .containsExactly(0);
    }

    assertThat(
            (List<Integer>)
                JsonPath.read(quota, "$[?(@.storeCode=='" + shop.store() + "')].completed"))
        .containsExactly(1);
    assertThat(
            (List<Integer>)
                JsonPath.read(quota, "$[?(@.storeCode=='" + shop.store() + "')].required"))
        .containsExactly(2);
    assertThat(
            (List<Integer>)
                JsonPath.read(quota, "$[?(@.storeCode=='" + shop.store() + "')].shortfall"))
        .containsExactly(1);
    List<Integer> shortfalls = JsonPath.read(quota, "$[*].shortfall");
    assertThat(shortfalls).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void
      a_showroom_audit_creates_the_false_or_missed_and_the_inconsistent_incidents_with_their_counts()
          throws Exception {
    ServiceShops.Shop shop = shop();
    created(
        post("/api/v1/showroom-visits"),
        GROUP_CS,
        """
        {"storeCode":"%s","employeeCode":"%s","visitedAt":"2026-11-05T11:00:00+08:00",
         "customerName":"来店客户","customerPhone":"13900001111","purpose":"看车"}"""
            .formatted(shop.store(), shop.frontDesk()));

    String audit =
        created(
            post("/api/v1/showroom-audits"),
            GROUP_CS,
            """
            {"storeCode":"%s","employeeCode":"%s","auditedAt":"2026-11-10T16:00:00+08:00",
             "falseOrMissed":3,"inconsistentItems":2}"""
                .formatted(shop.store(), shop.frontDesk()));

    assertThat((List<String>) JsonPath.read(audit, "$.incidents[*].type"))
        .containsExactly("SHOWROOM_FALSE_OR_MISSED", "SHOWROOM_DATA_INCONSISTENT");
    assertThat((List<Integer>) JsonPath.read(audit, "$.incidents[*].quantity"))
        .containsExactly(3, 2);
    assertThat((List<String>) JsonPath.read(audit, "$.incidents[*].clause"))
        .containsExactly("§2A", "§2B");

    String clean =
        created(
            post("/api/v1/showroom-audits"),
            GROUP_CS,
            "{\"storeCode\":\"%s\",\"employeeCode\":\"%s\",\"auditedAt\":\"2026-11-11T16:00:00+08:00\",\"falseOrMissed\":0,\"inconsistentItems\":0}"
                .formatted(shop.store(), shop.frontDesk()));
    assertThat((List<?>) JsonPath.read(clean, "$.incidents")).isEmpty();

    mvc.perform(
            json(
                post("/api/v1/showroom-audits"),
                GROUP_CS,
                "{\"storeCode\":\"%s\",\"employeeCode\":\"%s\",\"auditedAt\":\"2026-11-12T16:00:00+08:00\",\"falseOrMissed\":-1}"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("falseOrMissed"));
    mvc.perform(
            json(
                post("/api/v1/showroom-audits"),
                STAFF,
                "{\"storeCode\":\"%s\",\"employeeCode\":\"%s\",\"auditedAt\":\"2026-11-12T16:00:00+08:00\",\"falseOrMissed\":1}"
                    .formatted(shop.store(), shop.frontDesk())))
        .andExpect(status().isForbidden());
  }

  /**
   * Doc 000 §1–§2 over one month: group CS spot-checks a store's October callbacks; the agent whose
   * recording differs from the reported data pays 10 and the store's CS manager 20, the same for
   * the agent whose callback has no recording; the showroom audit finds 2 customers falsely
   * registered or missed (20 each, §2A) and 1 item sent to the departments that does not match (10
   * for the front desk, 20 for the CS manager, §2B).
   */
  @Test
  void doc_000_a_month_of_spot_checks_and_a_showroom_audit_reach_the_statements() throws Exception {
    ServiceShops.Shop shop = shop();
    List<Long> recorded = new ArrayList<>();
    for (int day = 12; day <= 14; day++) {
      long id = shops.callback(shop, shop.agent(), "2026-10-" + day);
      upload(id, GROUP_CS, "c.wav", "audio/wav", wav(64)).andExpect(status().isOk());
      recorded.add(id);
    }
    long unrecorded = shops.callback(shop, shop.agent2(), "2026-10-15");
    String started =
        created(
            post("/api/v1/spot-checks"),
            GROUP_CS,
            "{\"storeCode\":\"%s\",\"month\":\"2026-10\",\"sampleSize\":4,\"seed\":2010}"
                .formatted(shop.store()));
    long check = id(started, "$.id");
    for (long callback : recorded) {
      String verdict = callback == recorded.get(0) ? "MISMATCH" : "MATCH";
      mvc.perform(
              json(
                  post("/api/v1/spot-checks/" + check + "/verdicts"),
                  GROUP_CS,
                  "{\"callbackId\":%d,\"verdict\":\"%s\",\"at\":\"2026-10-28T10:00:00+08:00\"}"
                      .formatted(callback, verdict)))
          .andExpect(status().isCreated());
    }
    mvc.perform(
            json(
                post("/api/v1/spot-checks/" + check + "/verdicts"),
                GROUP_CS,
                "{\"callbackId\":%d,\"verdict\":\"MATCH\",\"at\":\"2026-10-28T10:05:00+08:00\"}"
                    .formatted(unrecorded)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.verdict").value("NO_RECORDING"));
    created(
        post("/api/v1/showroom-audits"),
        GROUP_CS,
        """
        {"storeCode":"%s","employeeCode":"%s","auditedAt":"2026-10-30T16:00:00+08:00",
         "falseOrMissed":2,"inconsistentItems":1}"""
            .formatted(shop.store(), shop.frontDesk()));

    mvc.perform(json(post("/api/v1/settlements"), ADMIN, "{\"month\":\"2026-10\"}"))
        .andExpect(status().is2xxSuccessful());
    String month = body(mvc.perform(get("/api/v1/settlements/2026-10").with(ADMIN)));

    assertThat(fineTotal(month, shop.agent())).isEqualTo(10.0);
    assertThat(fineTotal(month, shop.agent2())).isEqualTo(10.0);
    assertThat(fineTotal(month, shop.manager())).isEqualTo(20.0 + 20.0 + 20.0);
    assertThat(fineTotal(month, shop.frontDesk())).isEqualTo(2 * 20.0 + 10.0);
    // the check of October was started today: it counts in this month's quota
    mvc.perform(
            get("/api/v1/spot-checks/quota?month="
                    + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")))
                .with(GROUP_CS))
        .andExpect(jsonPath("$[?(@.storeCode=='" + shop.store() + "')].completed").value(1));
  }

  static double fineTotal(String month, String employee) {
    List<Number> totals =
        JsonPath.read(month, "$.statements[?(@.employeeCode=='" + employee + "')].fineTotal");
    assertThat(totals).as(employee).hasSize(1);
    return totals.get(0).doubleValue();
  }
}
