package kefu.platform;

import static kefu.Web.body;
import static kefu.Web.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What people type reaches the ledger as typed or not at all: each row is an input that used to be
 * silently changed (1.5 → 1, 0.75 → 0.8, 3 → STORE_MANAGER, 2026-11-31 → 2026-11-30), accepted
 * although absurd (year 0000, NUL characters) or left to a column limit (a 409 naming nothing), and
 * must now answer 400 naming its field. Runs on the demo group.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RefusedInputApiTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final String INCIDENT_ID = "{incident}";
  static final AtomicInteger CODES = new AtomicInteger();

  @Autowired MockMvc mvc;

  static String incident(String extra) {
    return """
        {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S01","employeeCode":"E104",
         "occurredAt":"2026-04-08T10:00:00+08:00"%s}"""
        .formatted(extra.isEmpty() ? "" : "," + extra);
  }

  /**
   * A new employee with one value replaced; each has its own code, so no row clashes with another.
   */
  static String employee(String field, String value) {
    String json =
        """
        {"code":"R%03d","name":"孙八","storeCode":"S01","position":"CS_AGENT",
         "level":"JUNIOR","hiredOn":"2026-01-05","baseSalary":3000.00}"""
            .formatted(CODES.incrementAndGet());
    return json.replaceFirst(
        "\"" + field + "\":(\"[^\"]*\"|[0-9.]+)",
        Matcher.quoteReplacement("\"" + field + "\":" + value));
  }

  static String correction(String extra) {
    return """
        {"employeeCode":"E104","fine":10.00,"note":"补扣"%s}"""
        .formatted(extra.isEmpty() ? "" : "," + extra);
  }

  static Arguments row(String finding, String method, String path, String json, String field) {
    return Arguments.of(finding, method, path, json, field);
  }

  static Stream<Arguments> refusals() {
    String x501 = "x".repeat(501);
    String x1001 = "x".repeat(1001);
    return Stream.of(
        row(
            "float into a whole quantity",
            "POST",
            "/api/v1/incidents",
            incident("\"quantity\":1.5"),
            "quantity"),
        row(
            "text into a whole quantity",
            "POST",
            "/api/v1/incidents",
            incident("\"quantity\":\"2\""),
            "quantity"),
        row(
            "float into whole minutes",
            "POST",
            "/api/v1/incidents",
            incident("\"minutes\":10.5"),
            "minutes"),
        row(
            "absurd quantity",
            "POST",
            "/api/v1/incidents",
            incident("\"quantity\":2000000"),
            "quantity"),
        row(
            "points finer than tenths",
            "POST",
            "/api/v1/incidents",
            incident("\"points\":0.75")
                .replace("CALLBACK_RECORDING_MISMATCH", "WORK_NOT_COMPLETED"),
            "points"),
        row("enum by position", "POST", "/api/v1/employees", employee("position", "3"), "position"),
        row(
            "enum by position as text",
            "POST",
            "/api/v1/employees",
            employee("level", "\"1\""),
            "level"),
        row(
            "31st of November",
            "POST",
            "/api/v1/employees",
            employee("hiredOn", "\"2026-11-31\""),
            "hiredOn"),
        row(
            "year 0000",
            "POST",
            "/api/v1/employees",
            employee("hiredOn", "\"0000-01-05\""),
            "hiredOn"),
        row(
            "year +99999",
            "POST",
            "/api/v1/employees",
            employee("hiredOn", "\"+99999-01-05\""),
            "hiredOn"),
        row(
            "date as a number",
            "POST",
            "/api/v1/employees",
            employee("hiredOn", "20000"),
            "hiredOn"),
        row(
            "NUL in a name",
            "POST",
            "/api/v1/employees",
            employee("name", "\"孙\\u0000八\""),
            "name"),
        row(
            "line break in a name",
            "POST",
            "/api/v1/employees",
            employee("name", "\"孙\\n八\""),
            "name"),
        row(
            "salary finer than fen",
            "POST",
            "/api/v1/employees",
            employee("baseSalary", "3000.001"),
            "baseSalary"),
        row(
            "NUL in a store name",
            "POST",
            "/api/v1/stores",
            "{\"code\":\"R01\",\"name\":\"店\\u0000\"}",
            "name"),
        row(
            "31st of November with a time",
            "POST",
            "/api/v1/incidents",
            incident("").replace("2026-04-08", "2026-11-31"),
            "occurredAt"),
        row(
            "year 0000 with a time",
            "POST",
            "/api/v1/incidents",
            incident("").replace("2026-04-08", "0000-04-08"),
            "occurredAt"),
        row(
            "NUL in a note",
            "POST",
            "/api/v1/incidents",
            incident("\"note\":\"无\\u0000录音\""),
            "note"),
        row(
            "29th of February 2026",
            "POST",
            "/api/v1/employees/E104/assignments",
            "{\"storeCode\":\"S02\",\"position\":\"CS_AGENT\",\"from\":\"2026-02-29\"}",
            "from"),
        row(
            "year +99999 for an adoption",
            "POST",
            "/api/v1/policy-packs/group-cs-2010/adoptions",
            "{\"effectiveFrom\":\"+99999-01-01\",\"storeCodes\":null}",
            "effectiveFrom"),
        row(
            "control character in a pack title",
            "POST",
            "/api/v1/policy-packs/group-cs-2010/copies",
            "{\"packId\":\"r-copy\",\"title\":{\"zh\":\"副本\\u0007\",\"en\":\"Copy\"}}",
            "title.zh"),
        row(
            "year +99999 in a month body",
            "POST",
            "/api/v1/settlements",
            "{\"month\":\"+99999-01\"}",
            "month"),
        row("year 0000 in a month path", "GET", "/api/v1/settlements/0000-10", null, "month"),
        row("year 0000 in a month query", "GET", "/api/v1/incidents?month=0000-10", null, "month"),
        row(
            "void reason over 500",
            "POST",
            "/api/v1/incidents/" + INCIDENT_ID + "/void",
            "{\"reason\":\"" + x501 + "\"}",
            "reason"),
        row(
            "NUL in a void reason",
            "POST",
            "/api/v1/incidents/" + INCIDENT_ID + "/void",
            "{\"reason\":\"\\u0000\"}",
            "reason"),
        row(
            "appeal over 1000",
            "POST",
            "/api/v1/incidents/" + INCIDENT_ID + "/appeal",
            "{\"reason\":\"" + x1001 + "\"}",
            "reason"),
        row(
            "decision without a verdict",
            "POST",
            "/api/v1/incidents/" + INCIDENT_ID + "/appeal/decision",
            "{\"grant\":null,\"reason\":\"核实\"}",
            "grant"),
        row(
            "decision over 1000",
            "POST",
            "/api/v1/incidents/" + INCIDENT_ID + "/appeal/decision",
            "{\"grant\":false,\"reason\":\"" + x1001 + "\"}",
            "reason"),
        row(
            "correction finer than fen",
            "POST",
            "/api/v1/settlements/2026-09/corrections",
            correction("\"fine\":0.001"),
            "fine"),
        row(
            "absurd correction",
            "POST",
            "/api/v1/settlements/2026-09/corrections",
            correction("\"fine\":1e15"),
            "fine"),
        row(
            "correction points finer than tenths",
            "POST",
            "/api/v1/settlements/2026-09/corrections",
            correction("\"points\":0.25"),
            "points"),
        row(
            "correction note over 500",
            "POST",
            "/api/v1/settlements/2026-09/corrections",
            correction("").replace("补扣", x501),
            "note"),
        row(
            "correction employee code over 32",
            "POST",
            "/api/v1/settlements/2026-09/corrections",
            correction("").replace("E104", "E".repeat(33)),
            "employeeCode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void isRefusedNamingItsField(
      String finding, String method, String path, String json, String field) throws Exception {
    String target =
        path.contains(INCIDENT_ID)
            ? path.replace(INCIDENT_ID, String.valueOf(recordedIncident()))
            : path;
    MockHttpServletRequestBuilder request =
        "GET".equals(method) ? get(target) : post(target).contentType(MediaType.APPLICATION_JSON);
    if (json != null) {
      request.content(json);
    }
    mvc.perform(request.with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem(field)))
        .andExpect(jsonPath("$.errors[0].message", Matchers.not(Matchers.emptyOrNullString())));
  }

  @Test
  void multiLineNotesKeepTheirTabsAndLineBreaks() throws Exception {
    mvc.perform(json(post("/api/v1/incidents"), ADMIN, incident("\"note\":\"第一行\\n\\t第二行\"")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.note").value("第一行\n\t第二行"));
  }

  private long recordedIncident() throws Exception {
    String body =
        body(
            mvc.perform(json(post("/api/v1/incidents"), ADMIN, incident("")))
                .andExpect(status().isCreated()));
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }
}
