package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kefu.incident.AppealDecided;
import kefu.incident.LateCorrections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An appeal decided after its month was published, from record to correction: granted, it becomes
 * an adjustment line in the next open month citing the incident and giving back what it cost; the
 * published month stays as it was, and a second delivery of the decision adds nothing. The class
 * has a database of its own because it publishes months.
 */
@SpringBootTest(
    properties =
        "spring.datasource.url=jdbc:h2:mem:appeal-corrections;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AppealAfterPublicationTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor CS_MANAGER = user("s01cs").roles("CS_MANAGER");
  static final RequestPostProcessor STORE_MANAGER = user("s01manager").roles("STORE_MANAGER");
  static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

  @Autowired MockMvc mvc;
  @Autowired LateCorrections corrections;
  @Autowired AppealCorrections listener;

  @Test
  void aGrantedAppealAfterPublicationIsCarriedIntoTheNextOpenMonthOnce() throws Exception {
    long id = appealedAndPublished("2026-03");
    String published = settlement("2026-03");
    List<Map<String, Object>> cost = figures(published);
    assertThat(cost).as("the incident cost someone something").isNotEmpty();

    decide(id, true).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VOIDED"));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> corrections.of(id).flatMap(LateCorrections.Carried::intoMonth).isPresent());
    assertThat(corrections.of(id).get().intoMonth()).contains(YearMonth.of(2026, 4));
    // the published month is exactly as it was
    assertThat(settlement("2026-03")).isEqualTo(published);
    // the next month's draft gives back, to each person, exactly what the incident cost them
    send("/api/v1/settlements", "{\"month\":\"2026-04\"}").andExpect(status().isCreated());
    assertThat(adjustments("2026-04", id)).isEqualTo(reversed(cost));
    // the incident page says where the correction went, and offers nothing that would fail
    assertThat(page(id, CS_MANAGER))
        .contains("/settlements/2026-04")
        .doesNotContain("id=\"void-form\"", "id=\"appeal-form\"", "id=\"decision-form\"");

    // a second delivery of the same decision adds nothing
    AppealCorrections target = AopTestUtils.getTargetObject(listener);
    target.on(
        new AppealDecided(
            id,
            true,
            "核实属实",
            "s01manager",
            Instant.now(),
            Map.of(),
            Map.of(),
            YearMonth.of(2026, 3),
            true));
    send("/api/v1/settlements", "{\"month\":\"2026-04\"}").andExpect(status().isOk());
    assertThat(adjustments("2026-04", id)).isEqualTo(reversed(cost));
  }

  @Test
  void anUpheldDecisionAfterPublicationKeepsTheIncidentAndCorrectsNothing() throws Exception {
    long id = appealedAndPublished("2026-06");
    String published = settlement("2026-06");

    decide(id, false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RECORDED"))
        .andExpect(jsonPath("$.appealStatus").value("UPHELD"));

    assertThat(settlement("2026-06")).isEqualTo(published);
    assertThat(corrections.of(id)).isEmpty();
    send("/api/v1/settlements", "{\"month\":\"2026-07\"}").andExpect(status().isCreated());
    assertThat(adjustments("2026-07", id)).isEmpty();
  }

  @Test
  void inAPublishedMonthTheIncidentCannotBeAppealedOrVoidedAndThePageOffersNeither()
      throws Exception {
    long id = recorded("2026-09");
    publish("2026-09");

    send("/api/v1/incidents/" + id + "/appeal", STAFF, "{\"reason\":\"晚了\"}")
        .andExpect(status().isConflict());
    assertThat(page(id, STAFF))
        .contains("id=\"month-closed\"")
        .doesNotContain("id=\"appeal-form\"");
  }

  /** A mismatch against E104 recorded by the CS manager in {@code month}, not yet appealed. */
  private long recorded(String month) throws Exception {
    String body =
        send(
                "/api/v1/incidents",
                CS_MANAGER,
                """
                {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S01","employeeCode":"E104",
                 "occurredAt":"%s-10T10:00:00+08:00"}"""
                    .formatted(month))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  /** Recorded, appealed by the employee, and the month published with the appeal pending. */
  private long appealedAndPublished(String month) throws Exception {
    long id = recorded(month);
    send("/api/v1/incidents/" + id + "/appeal", STAFF, "{\"reason\":\"当天有录音\"}")
        .andExpect(status().isOk());
    publish(month);
    return id;
  }

  private void publish(String month) throws Exception {
    send("/api/v1/settlements", "{\"month\":\"" + month + "\"}")
        .andExpect(status().is2xxSuccessful());
    mvc.perform(post("/api/v1/settlements/" + month + "/publish").with(ADMIN))
        .andExpect(status().isOk());
  }

  /** The incident page as {@code as} sees it. */
  private String page(long id, RequestPostProcessor as) throws Exception {
    return mvc.perform(get("/incidents/" + id).with(as))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private ResultActions decide(long id, boolean grant) throws Exception {
    return send(
        "/api/v1/incidents/" + id + "/appeal/decision",
        STORE_MANAGER,
        "{\"grant\":" + grant + ",\"reason\":\"核实属实\"}");
  }

  private String settlement(String month) throws Exception {
    return mvc.perform(get("/api/v1/settlements/" + month).with(ADMIN))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** Everyone's fine and points in the month, for those with any. */
  private static List<Map<String, Object>> figures(String settlement) {
    List<Map<String, Object>> statements = JsonPath.read(settlement, "$.statements");
    return statements.stream()
        .filter(
            s ->
                decimal(s.get("fineTotal")).signum() != 0
                    || decimal(s.get("pointsDeducted")).signum() != 0)
        .map(
            s ->
                Map.<String, Object>of(
                    "employeeCode",
                    s.get("employeeCode"),
                    "fine",
                    decimal(s.get("fineTotal")),
                    "points",
                    decimal(s.get("pointsDeducted"))))
        .sorted(
            (a, b) -> ((String) a.get("employeeCode")).compareTo((String) b.get("employeeCode")))
        .toList();
  }

  private static List<Map<String, Object>> reversed(List<Map<String, Object>> cost) {
    return cost.stream()
        .map(
            c ->
                Map.<String, Object>of(
                    "employeeCode",
                    c.get("employeeCode"),
                    "fine",
                    ((BigDecimal) c.get("fine")).negate(),
                    "points",
                    ((BigDecimal) c.get("points")).negate()))
        .toList();
  }

  /** The month's adjustment lines citing the incident: whose, and their fine and points. */
  private List<Map<String, Object>> adjustments(String month, long incidentId) throws Exception {
    List<Map<String, Object>> statements = JsonPath.read(settlement(month), "$.statements");
    return statements.stream()
        .flatMap(
            s ->
                ((List<Map<String, Object>>) s.get("lines"))
                    .stream()
                        .filter(
                            l ->
                                "ADJUSTMENT".equals(l.get("type"))
                                    && ((List<Number>) l.get("incidentIds"))
                                        .stream().anyMatch(n -> n.longValue() == incidentId))
                        .map(
                            l ->
                                Map.<String, Object>of(
                                    "employeeCode",
                                    s.get("employeeCode"),
                                    "fine",
                                    decimal(l.get("fine")),
                                    "points",
                                    decimal(l.get("points")))))
        .sorted(
            (a, b) -> ((String) a.get("employeeCode")).compareTo((String) b.get("employeeCode")))
        .toList();
  }

  /** A JSON number as a decimal compared by value (20 and 20.00 are equal). */
  private static BigDecimal decimal(Object number) {
    return new BigDecimal(String.valueOf(number)).stripTrailingZeros();
  }

  private ResultActions send(String path, String json) throws Exception {
    return send(path, ADMIN, json);
  }

  private ResultActions send(String path, RequestPostProcessor as, String json) throws Exception {
    return mvc.perform(post(path).with(as).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
