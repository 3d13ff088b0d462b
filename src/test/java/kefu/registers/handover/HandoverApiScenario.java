package kefu.registers.handover;

import static kefu.Web.ADMIN;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The shift handover exactly through the API.md calls, on the demo group: E105 hands over to E104
 * (login {@code staff}) in S01, whose CS manager E102 ({@code s01cs}) is the lead. Each test
 * records its own handovers, so the order does not matter.
 */
abstract class HandoverApiScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static String handover(String store, String outgoing, String incoming, OffsetDateTime at) {
    return """
        {"storeCode":"%s","outgoingCode":"%s","incomingCode":"%s","at":"%s",
         "items":[{"item":"钥匙 12 把","ok":true,"note":""},{"item":"备用金","ok":false,"note":"少 5 元"}]}"""
        .formatted(store, outgoing, incoming, at);
  }

  static OffsetDateTime hoursAgo(long hours) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8))
        .minusHours(hours)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  long recorded(OffsetDateTime at) throws Exception {
    String answer =
        body(
            mvc.perform(
                    json(post("/api/v1/handovers"), S01_CS, handover("S01", "E105", "E104", at)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING")));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  ResultActions act(
      long id,
      String action,
      org.springframework.test.web.servlet.request.RequestPostProcessor as,
      String body)
      throws Exception {
    return mvc.perform(json(post("/api/v1/handovers/" + id + "/" + action), as, body));
  }

  long auditEntries(long id) {
    return jdbc.sql(
            "select count(*) from audit_entry where entity_type = 'handover' and entity_id = ?")
        .param(String.valueOf(id))
        .query(Long.class)
        .single();
  }

  @Test
  void theIncomingPersonSignsOnceAndEveryStepIsAudited() throws Exception {
    long id = recorded(hoursAgo(1));

    act(id, "signature", STAFF, "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SIGNED"))
        .andExpect(jsonPath("$.incomingName").value("张伟"))
        .andExpect(jsonPath("$.items[1].ok").value(false))
        .andExpect(jsonPath("$.items[1].note").value("少 5 元"))
        .andExpect(jsonPath("$.items[0].note").doesNotExist());
    act(id, "signature", STAFF, "")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("此交接已签字或已拒签"));

    assertThat(auditEntries(id)).isEqualTo(2);
  }

  @Test
  void anyoneButTheIncomingPersonIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
    long id = recorded(hoursAgo(1));

    for (var someoneElse : List.of(S01_CS, ADMIN)) {
      act(id, "signature", someoneElse, "")
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value("只有接班人本人登录后才能签字或拒签此交接"));
      act(id, "refusal", someoneElse, "{\"reason\":\"不接\"}").andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/handovers/" + id).with(STAFF))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING"));
    assertThat(auditEntries(id)).isEqualTo(1);
  }

  @Test
  void aRefusalWithoutAReasonIsRefusedOnItsFieldAndWithOneIsRecorded() throws Exception {
    long id = recorded(hoursAgo(1));

    act(id, "refusal", STAFF, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    act(id, "refusal", STAFF, "{\"reason\":\"备用金对不上\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REFUSED"))
        .andExpect(jsonPath("$.refusalReason").value("备用金对不上"));
    act(id, "signature", STAFF, "").andExpect(status().isConflict());
  }

  @Test
  void badHandoversAreRefusedOnTheirFieldsAndNothingIsWritten() throws Exception {
    long before = count();
    mvc.perform(json(post("/api/v1/handovers"), S01_CS, "{\"storeCode\":\"S01\",\"items\":[]}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.hasItems("outgoingCode", "incomingCode", "at", "items")));
    mvc.perform(
            json(post("/api/v1/handovers"), S01_CS, handover("S01", "E105", "E105", hoursAgo(1))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("incomingCode"));
    mvc.perform(
            json(post("/api/v1/handovers"), S01_CS, handover("S01", "E105", "E204", hoursAgo(1))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("incomingCode"));
    mvc.perform(
            json(post("/api/v1/handovers"), S01_CS, handover("S01", "E105", "E104", hoursAgo(-2))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("at"));
    mvc.perform(
            json(post("/api/v1/handovers"), S01_CS, handover("S02", "E204", "E205", hoursAgo(1))))
        .andExpect(status().isForbidden());
    // staff hand over only their own shift
    mvc.perform(
            json(post("/api/v1/handovers"), STAFF, handover("S01", "E105", "E106", hoursAgo(1))))
        .andExpect(status().isForbidden());
    assertThat(count()).isEqualTo(before);
    mvc.perform(
            json(post("/api/v1/handovers"), STAFF, handover("S01", "E104", "E106", hoursAgo(1))))
        .andExpect(status().isCreated());
  }

  @Test
  void handoversUnsignedForMoreThanADayAreListedUntilCorrected() throws Exception {
    long old = recorded(hoursAgo(30));
    long signedOld = recorded(hoursAgo(30));
    long recent = recorded(hoursAgo(2));
    act(signedOld, "signature", STAFF, "").andExpect(status().isOk());

    List<Integer> listed = unsignedIds();
    assertThat(listed).contains((int) old).doesNotContain((int) signedOld, (int) recent);

    String correction =
        handover("S01", "E105", "E104", hoursAgo(29))
            .replaceFirst("\\{", "{\"corrects\":" + old + ",");
    mvc.perform(json(post("/api/v1/handovers"), S01_CS, correction))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.corrects").value(old));
    assertThat(unsignedIds()).doesNotContain((int) old);
    mvc.perform(json(post("/api/v1/handovers"), S01_CS, correction))
        .andExpect(status().isConflict());
  }

  @Test
  void theStoresLeadReviewsOnceAndNobodyElseDoes() throws Exception {
    long id = recorded(hoursAgo(1));

    act(id, "review", STAFF, "{\"note\":\"看过\"}").andExpect(status().isForbidden());
    act(id, "review", S01_CS, "{\"note\":\"已核对备用金\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewedBy").value("s01cs"))
        .andExpect(jsonPath("$.reviewNote").value("已核对备用金"));
    act(id, "review", S01_CS, "{}").andExpect(status().isConflict());
  }

  @Test
  void anotherStoresUsersDoNotSeeTheHandover() throws Exception {
    long id = recorded(hoursAgo(1));
    var s02 =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .user("s02cs")
            .roles("CS_MANAGER");

    mvc.perform(get("/api/v1/handovers/" + id).with(s02)).andExpect(status().isNotFound());
    act(id, "signature", s02, "").andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/handovers?storeCode=S01").with(s02)).andExpect(status().isNotFound());
  }

  @Test
  void aStoreChecklistIsSetAsANewListAndReadBack() throws Exception {
    mvc.perform(
            json(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/handovers/checklists/S01"),
                S01_CS,
                "{\"items\":[\"钥匙\",\"备用金\",\"对讲机\"]}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/handovers/checklists/S01").with(STAFF))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[2]").value("对讲机"));
    mvc.perform(
            json(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/handovers/checklists/S01"),
                STAFF,
                "{\"items\":[\"钥匙\"]}"))
        .andExpect(status().isForbidden());
  }

  private List<Integer> unsignedIds() throws Exception {
    return JsonPath.read(
        body(
            mvc.perform(get("/api/v1/handovers/unsigned?storeCode=S01").with(S01_CS))
                .andExpect(status().isOk())),
        "$[*].id");
  }

  private long count() {
    return jdbc.sql("select count(*) from handover").query(Long.class).single();
  }
}
