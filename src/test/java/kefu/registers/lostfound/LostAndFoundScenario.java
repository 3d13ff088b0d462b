package kefu.registers.lostfound;

import static kefu.Web.ADMIN;
import static kefu.Web.GROUP_CS;
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

/**
 * Lost and found over REST and on its page: registered, announced, handed to the manager or
 * claimed; the claimant's name and ID number whole only for ADMIN and GROUP_CS, in the log masked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class LostAndFoundScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long registered() throws Exception {
    OffsetDateTime at =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).truncatedTo(ChronoUnit.SECONDS);
    String answer =
        body(
            mvc.perform(
                    json(
                        post("/api/v1/lost-found"),
                        S01_CS,
                        """
                        {"storeCode":"S01","description":"黑色钱包","foundWhere":"展厅沙发","foundBy":"保洁","foundAt":"%s"}"""
                            .formatted(at)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED")));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  List<Integer> unclaimed() throws Exception {
    return JsonPath.read(
        body(mvc.perform(get("/api/v1/lost-found/unclaimed?storeCode=S01").with(S01_CS))),
        "$[*].id");
  }

  @Test
  void aClaimedItemLeavesTheUnclaimedListAndItsClaimantIsMaskedForAllButGroupAdministrators()
      throws Exception {
    long id = registered();
    mvc.perform(post("/api/v1/lost-found/" + id + "/announcement").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ANNOUNCED"));
    assertThat(unclaimed()).contains((int) id);

    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/claim"),
                S01_CS,
                "{\"claimantName\":\"王小明\",\"claimantIdNumber\":\"11010519491231002X\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLAIMED"))
        .andExpect(jsonPath("$.claimantName").value("王**"))
        .andExpect(jsonPath("$.claimantIdNumber").value("**************002X"));
    assertThat(unclaimed()).doesNotContain((int) id);

    for (var whole : List.of(ADMIN, GROUP_CS)) {
      mvc.perform(get("/api/v1/lost-found/" + id).with(whole))
          .andExpect(jsonPath("$.claimantIdNumber").value("11010519491231002X"));
    }
    mvc.perform(get("/api/v1/lost-found/" + id).with(STAFF))
        .andExpect(jsonPath("$.claimantName").value("王**"));
    String logged =
        jdbc.sql(
                "select after_json from audit_entry where entity_type = 'lost-item' and entity_id = ? order by id desc")
            .param(String.valueOf(id))
            .query(String.class)
            .list()
            .get(0);
    assertThat(logged).contains("002X").doesNotContain("11010519491231002X");
    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/claim"),
                S01_CS,
                "{\"claimantName\":\"李四\",\"claimantIdNumber\":\"123456\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void anItemHandedToTheManagerStaysUnclaimedAndMayStillBeClaimed() throws Exception {
    long id = registered();

    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/manager"),
                S01_CS,
                "{\"managerCode\":\"E204\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("managerCode"));
    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/manager"),
                S01_CS,
                "{\"managerCode\":\"E101\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITH_MANAGER"));
    assertThat(unclaimed()).contains((int) id);
    mvc.perform(post("/api/v1/lost-found/" + id + "/announcement").with(S01_CS))
        .andExpect(status().isConflict());
    mvc.perform(
            json(post("/api/v1/lost-found/" + id + "/claim"), S01_CS, "{\"claimantName\":\"王小明\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("claimantIdNumber"));
    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/claim"),
                S01_CS,
                "{\"claimantName\":\"王小明\",\"claimantIdNumber\":\"E1234567\"}"))
        .andExpect(status().isOk());
  }

  @Test
  void thePageListsTheUnclaimedAndRegistersByForm() throws Exception {
    long id = registered();
    mvc.perform(get("/lost-found").with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("黑色钱包")))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(
                    org.hamcrest.Matchers.stringContainsInOrder(
                        "<form class=\"row g-2 mb-3\" method=\"get\" action=\"/lost-found\">",
                        "name=\"storeCode\"",
                        "id=\"lost-form\"",
                        "<div class=\"col-md-2\"><select class=\"form-select\" name=\"storeCode\"",
                        "value=\"S01\"",
                        "<div class=\"col-md-3\"><input class=\"form-control\" name=\"description\"",
                        "<input class=\"form-control\" name=\"foundWhere\"",
                        "<input class=\"form-control\" name=\"foundBy\"",
                        "name=\"foundAt\"")));
    mvc.perform(
            kefu.Web.form(
                post("/lost-found"),
                S01_CS,
                "storeCode=S01&description=雨伞&foundWhere=门口&foundBy=&foundAt="
                    + OffsetDateTime.now(ZoneOffset.ofHours(8))
                        .minusHours(1)
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("message", "lostfound.registered"));
    mvc.perform(
            kefu.Web.form(
                post("/lost-found/" + id + "/claim"), S01_CS, "claimantName=王小明&claimantIdNumber="))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("error", "validation.required"));
    mvc.perform(
            json(
                post("/api/v1/lost-found"),
                STAFF,
                "{\"storeCode\":\"S01\",\"description\":\"伞\",\"foundAt\":\"2026-01-01T10:00:00+08:00\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void everyViewOfAClaimantWholeIsAuditedWithWhoLookedAndWhenButAMaskedViewIsNot()
      throws Exception {
    long id = registered();
    mvc.perform(
            json(
                post("/api/v1/lost-found/" + id + "/claim"),
                S01_CS,
                "{\"claimantName\":\"赵六\",\"claimantIdNumber\":\"110105199001010011\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/lost-found/" + id).with(S01_CS)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/lost-found/" + id).with(GROUP_CS)).andExpect(status().isOk());
    mvc.perform(get("/api/v1/lost-found/" + id).with(ADMIN)).andExpect(status().isOk());

    List<String> viewers =
        jdbc.sql(
                "select actor from audit_entry where entity_type = 'lost-item-claimant-view'"
                    + " and entity_id = ? and action = 'READ' order by id")
            .param(String.valueOf(id))
            .query(String.class)
            .list();
    assertThat(viewers).containsExactly("groupcs", "admin");
    assertThat(
            jdbc.sql(
                    "select after_json from audit_entry where entity_type = 'lost-item-claimant-view'"
                        + " and entity_id = ?")
                .param(String.valueOf(id))
                .query(String.class)
                .list())
        .noneMatch(j -> j.contains("110105199001010011") || j.contains("赵六"));
  }
}
