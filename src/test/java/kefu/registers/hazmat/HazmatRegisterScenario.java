package kefu.registers.hazmat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kefu.Web;
import kefu.registers.RegisterStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hazardous materials over the API as SPEC §8.4 says it: drawn only by a supervisor or above with
 * an approver, never beyond stock, unused quantity returned; refusals write nothing.
 */
abstract class HazmatRegisterScenario {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterStaff s;

  @BeforeEach
  void aStoreOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "H");
  }

  ResultActions call(RequestPostProcessor who, String path, String body) throws Exception {
    return mvc.perform(Web.json(post(path), who, body));
  }

  ResultActions receive(String item, String quantity) throws Exception {
    return call(
        Web.ADMIN,
        "/api/v1/hazmat/stock",
        "{\"storeCode\":\"%s\",\"item\":\"%s\",\"quantity\":%s,\"receivedAt\":\"2026-10-01T09:00:00+08:00\"}"
            .formatted(s.store, item, quantity));
  }

  ResultActions draw(RequestPostProcessor who, String quantity, String drawer, String approver)
      throws Exception {
    return call(
        who,
        "/api/v1/hazmat/draws",
        "{\"storeCode\":\"%s\",\"item\":\"酒精\",\"quantity\":%s,\"drawnByCode\":\"%s\",\"approverCode\":\"%s\",\"drawnAt\":\"2026-10-08T10:00:00+08:00\"}"
            .formatted(s.store, quantity, drawer, approver));
  }

  long movements() {
    return jdbc.sql("select count(*) from hazmat_movement where store_code = ?")
        .param(s.store)
        .query(Long.class)
        .single();
  }

  @Test
  void aSupervisorDrawsWithTheCsManagersApprovalAndReturnsWhatWasNotUsed() throws Exception {
    receive("酒精", "5").andExpect(status().isCreated()).andExpect(jsonPath("$.balance").value(5));

    ResultActions drawn =
        draw(s.login("CM"), "2.5", s.code("SV"), s.code("CM"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("DRAW"))
            .andExpect(jsonPath("$.approval").value("OWN_LOGIN"))
            .andExpect(jsonPath("$.balance").value(2.5));
    long draw = ((Number) JsonPath.read(Web.body(drawn), "$.id")).longValue();

    String back = "/api/v1/hazmat/draws/" + draw + "/returns";
    call(Web.ADMIN, back, "{\"quantity\":3,\"returnedAt\":\"2026-10-08T12:00:00+08:00\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("quantity"));
    call(Web.ADMIN, back, "{\"quantity\":1,\"returnedAt\":\"2026-10-08T12:00:00+08:00\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.drawId").value(draw))
        .andExpect(jsonPath("$.balance").value(3.5));

    mvc.perform(get("/api/v1/hazmat/stock").param("storeCode", s.store).with(Web.ADMIN))
        .andExpect(jsonPath("$[0].item").value("酒精"))
        .andExpect(jsonPath("$[0].quantity").value(3.5));
  }

  @Test
  void anAgentMayNotDrawAndNobodyApprovesTheirOwnDraw() throws Exception {
    receive("酒精", "5");
    long before = movements();

    draw(Web.ADMIN, "1", s.code("A1"), s.code("CM"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("drawnByCode"))
        .andExpect(jsonPath("$.errors[0].message").value("危险品只能由本店客服主管及以上人员领用"));
    draw(Web.ADMIN, "1", s.code("SV"), s.code("SV"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"));

    assertThat(movements()).isEqualTo(before);
  }

  @Test
  void aDrawBeyondStockIsRefusedAndTakesNothing() throws Exception {
    receive("酒精", "2");

    draw(Web.ADMIN, "2.001", s.code("SV"), s.code("CM"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("quantity"))
        .andExpect(jsonPath("$.errors[0].message").value("超出本店该物品的库存"));

    mvc.perform(get("/api/v1/hazmat/stock").param("storeCode", s.store).with(Web.ADMIN))
        .andExpect(jsonPath("$[0].quantity").value(2));
  }
}
