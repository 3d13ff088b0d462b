package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The incident list in pages, over the API and on the page: without {@code page} and {@code size}
 * the whole filtered list as before, with them that page, the total always in {@code
 * X-Total-Count}; filters by employee (code or name), status and pending appeal; names beside
 * codes. Each test has an employee of its own, so no other test's incidents count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IncidentListApiTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor CS_MANAGER = user("s01cs").roles("CS_MANAGER");
  static final String MONTH = "2026-06";

  @Autowired MockMvc mvc;

  String code;
  String name;
  List<Long> recorded = new ArrayList<>();

  /** A new agent in S01 with seven incidents in June: the 2nd voided, the 4th under appeal. */
  @BeforeEach
  void anEmployeeWithSevenIncidents() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    code = "L" + tag;
    name = "分页" + tag;
    send(
            "/api/v1/employees",
            """
            {"code":"%s","name":"%s","storeCode":"S01","position":"CS_AGENT",
             "level":"JUNIOR","hiredOn":"2026-01-05","baseSalary":3000.00}"""
                .formatted(code, name))
        .andExpect(status().isCreated());
    for (int day = 1; day <= 7; day++) {
      String body =
          send(
                  "/api/v1/incidents",
                  """
                  {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"%s",
                   "occurredAt":"2026-06-%02dT10:00:00+08:00"}"""
                      .formatted(code, 8 - day))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      recorded.add(0, ((Number) JsonPath.read(body, "$.id")).longValue());
    }
    send("/api/v1/incidents/" + recorded.get(1) + "/void", "{\"reason\":\"重复\"}")
        .andExpect(status().isOk());
    send("/api/v1/incidents/" + recorded.get(3) + "/appeal", "{\"reason\":\"有异议\"}")
        .andExpect(status().isOk());
  }

  @Test
  void withoutPageOrSizeTheWholeFilteredListIsAJsonArrayInTimeOrder() throws Exception {
    MvcResult r =
        list("storeCode=S01&employeeCode=" + code)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$").isArray())
            .andExpect(header().string("X-Total-Count", "7"))
            .andReturn();

    assertThat(ids(r)).isEqualTo(recorded);
  }

  @Test
  void pagesComeInTimeOrderWithTheTotalOfAllPagesInAHeader() throws Exception {
    List<Long> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      MvcResult r =
          list("employeeCode=" + code + "&page=" + page + "&size=3")
              .andExpect(status().isOk())
              .andExpect(header().string("X-Total-Count", "7"))
              .andReturn();
      seen.addAll(ids(r));
    }
    assertThat(seen).isEqualTo(recorded);
    list("employeeCode=" + code + "&page=1").andExpect(header().string("X-Total-Count", "7"));
    list("employeeCode=" + code + "&size=2").andExpect(jsonPath("$.length()").value(2));
    list("employeeCode=" + code + "&page=5&size=3")
        .andExpect(jsonPath("$.length()").value(0))
        .andExpect(header().string("X-Total-Count", "7"));
  }

  @Test
  void filtersByStatusPendingAppealAndEmployeeNameNarrowTheListAndItsCount() throws Exception {
    assertThat(ids(list("employeeCode=" + code + "&status=VOIDED").andReturn()))
        .containsExactly(recorded.get(1));
    list("employeeCode=" + code + "&status=RECORDED&page=0&size=50")
        .andExpect(header().string("X-Total-Count", "6"));
    assertThat(ids(list("employeeCode=" + code + "&appealPending=true").andReturn()))
        .containsExactly(recorded.get(3));
    // a name typed in part stands for the employees it matches
    assertThat(ids(list("employeeCode=" + name.substring(0, 5)).andReturn())).isEqualTo(recorded);
    list("employeeCode=nobody-at-all").andExpect(header().string("X-Total-Count", "0"));
  }

  @Test
  void namesStandBesideTheCodes() throws Exception {
    list("employeeCode=" + code + "&size=1")
        .andExpect(jsonPath("$[0].employeeCode").value(code))
        .andExpect(jsonPath("$[0].employeeName").value(name))
        .andExpect(jsonPath("$[0].storeCode").value("S01"))
        .andExpect(jsonPath("$[0].storeName").isNotEmpty());
  }

  @Test
  void aPageBelowZeroOrASizeOutsideOneTo500IsRefusedOnItsField() throws Exception {
    list("size=501")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message").value("每页条数应在 1 到 500 之间"));
    list("size=0").andExpect(status().isBadRequest());
    list("page=-1")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    list("size=500").andExpect(status().isOk());
  }

  @Test
  void theListPagePagesFiltersByNameAndShowsNames() throws Exception {
    mvc.perform(
            get("/incidents")
                .with(CS_MANAGER)
                .param("month", MONTH)
                .param("employee", name)
                .param("size", "3")
                .param("page", "1"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString("第 2 / 3 页，共 7 条"),
                        Matchers.containsString(code + " " + name),
                        Matchers.containsString("id=\"pager-previous\""),
                        Matchers.containsString("page=2"))));
    mvc.perform(
            get("/incidents")
                .with(CS_MANAGER)
                .param("month", MONTH)
                .param("employee", code)
                .param("appealPending", "true"))
        .andExpect(content().string(Matchers.containsString("共 1 条")));
  }

  private ResultActions list(String query) throws Exception {
    return mvc.perform(get("/api/v1/incidents?month=" + MONTH + "&" + query).with(ADMIN));
  }

  private static List<Long> ids(MvcResult r) throws Exception {
    List<Number> ids = JsonPath.read(r.getResponse().getContentAsString(), "$[*].id");
    return ids.stream().map(Number::longValue).toList();
  }

  private ResultActions send(String path, String json) throws Exception {
    return mvc.perform(
        post(path).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
