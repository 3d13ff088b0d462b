package kefu.registers.members;

import static kefu.Web.S01_CS;
import static kefu.Web.STAFF;
import static kefu.Web.body;
import static kefu.Web.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Member files: a number unique in the store, the phone always masked, callbacks added to them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class MembersScenario {

  @Autowired MockMvc mvc;

  static String number() {
    return "V" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  long opened(String no) throws Exception {
    String answer =
        body(
            mvc.perform(
                    json(
                        post("/api/v1/members"),
                        S01_CS,
                        """
                        {"storeCode":"S01","memberNo":"%s","name":"林女士","phone":"13912345678","joinedOn":"2026-03-01"}"""
                            .formatted(no)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("139****5678")));
    return ((Number) JsonPath.read(answer, "$.id")).longValue();
  }

  @Test
  void aMemberNumberIsUniqueInTheStoreAndACorrectionTakesItsPlace() throws Exception {
    String no = number();
    long first = opened(no);

    mvc.perform(
            json(
                post("/api/v1/members"),
                S01_CS,
                "{\"storeCode\":\"S01\",\"memberNo\":\""
                    + no
                    + "\",\"name\":\"别人\",\"joinedOn\":\"2026-03-02\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            json(
                post("/api/v1/members"),
                S01_CS,
                "{\"storeCode\":\"S01\",\"memberNo\":\""
                    + no
                    + "\",\"name\":\"林小姐\",\"phone\":\"13912345678\",\"joinedOn\":\"2026-03-01\",\"corrects\":"
                    + first
                    + "}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.corrects").value(first));
    mvc.perform(get("/api/v1/members?q=" + no).with(S01_CS))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].name").value("林小姐"));
  }

  @Test
  void callbacksAreAddedToTheFileAndThePageShowsThePhoneMasked() throws Exception {
    long id = opened(number());

    mvc.perform(
            json(
                post("/api/v1/members/" + id + "/callbacks"),
                S01_CS,
                "{\"calledAt\":\"2026-04-01T10:00:00+08:00\",\"outcome\":\"满意，续会\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.callbacks[0].outcome").value("满意，续会"));
    mvc.perform(json(post("/api/v1/members/" + id + "/callbacks"), S01_CS, "{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("calledAt", "outcome")));
    mvc.perform(
            json(
                post("/api/v1/members/" + id + "/callbacks"),
                STAFF,
                "{\"calledAt\":\"2026-04-01T10:00:00+08:00\",\"outcome\":\"好\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/members/" + id).with(S01_CS))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("139****5678")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("13912345678"))));
    mvc.perform(get("/members").with(S01_CS)).andExpect(status().isOk());
  }
}
