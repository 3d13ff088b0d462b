package kefu.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kefu.organization.Organization;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every role's home page over the demo group, on a database of its own: last month is recorded and
 * computed through the API, one incident of this month is appealed, and each page's figures are
 * compared with what the settlement API says about the same month.
 */
@SpringBootTest(properties = "kefu.test.isolated=home-pages")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomePagesTest {

  static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  static final RequestPostProcessor GROUP_CS = user("groupcs").roles("GROUP_CS");
  static final RequestPostProcessor BOSS = user("boss").roles("EXECUTIVE");
  static final RequestPostProcessor S01_MANAGER = user("s01manager").roles("STORE_MANAGER");
  static final RequestPostProcessor S02_CS = user("s02cs").roles("CS_MANAGER");
  static final RequestPostProcessor STAFF = user("staff").roles("STAFF");

  /** E104's incident of this month, appealed by them. */
  static long appealed;

  @Autowired MockMvc mvc;
  @Autowired Organization organization;

  YearMonth thisMonth() {
    return YearMonth.from(organization.today());
  }

  YearMonth lastMonth() {
    return thisMonth().minusMonths(1);
  }

  long record(String type, String store, String employee, String day) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/incidents")
                    .with(ADMIN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"%s","storeCode":"%s","employeeCode":"%s",
                         "occurredAt":"%sT10:00:00+08:00"}"""
                            .formatted(type, store, employee, day)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  String ok(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String home(RequestPostProcessor who) throws Exception {
    return ok(get("/").with(who).accept(MediaType.TEXT_HTML));
  }

  /** The figures of a store in the month, summed from the settlement API's statements. */
  record Figures(BigDecimal fines, BigDecimal points, int statements, int flagged) {
    Figures plus(Map<String, Object> s) {
      return new Figures(
          fines.add(new BigDecimal(String.valueOf(s.get("fineTotal")))),
          points.add(new BigDecimal(String.valueOf(s.get("pointsDeducted")))),
          statements + 1,
          flagged + (((List<?>) s.get("flags")).isEmpty() ? 0 : 1));
    }
  }

  Map<String, Figures> byStore(YearMonth month) throws Exception {
    String body = ok(get("/api/v1/settlements/" + month).with(ADMIN));
    Map<String, Figures> stores = new TreeMap<>();
    for (Map<String, Object> s : JsonPath.<List<Map<String, Object>>>read(body, "$.statements")) {
      stores.merge(
          (String) s.get("storeCode"),
          new Figures(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0).plus(s),
          (a, b) -> a.plus(s));
    }
    return stores;
  }

  /** A cell of a store's row in the ranking, by its class. */
  static String cell(String html, String store, String cls) {
    Matcher row =
        Pattern.compile("<tr id=\"store-" + store + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    assertThat(row.find()).as("row of " + store).isTrue();
    Matcher c = Pattern.compile("class=\"text-end " + cls + "\">([^<]*)<").matcher(row.group(1));
    assertThat(c.find()).as(cls + " of " + store).isTrue();
    return c.group(1);
  }

  static List<String> rankedStores(String html) {
    List<String> stores = new ArrayList<>();
    Matcher m = Pattern.compile("<tr id=\"store-(S\\d+)\">").matcher(html);
    while (m.find()) {
      stores.add(m.group(1));
    }
    return stores;
  }

  @Test
  @Order(1)
  void recordsLastMonthAndAnAppealThisMonth() throws Exception {
    YearMonth last = lastMonth();
    record("CALLBACK_RECORDING_MISMATCH", "S01", "E104", last.atDay(4).toString());
    record("CALLBACK_RECORDING_MISMATCH", "S01", "E104", last.atDay(5).toString());
    for (int day : List.of(6, 7, 10)) {
      record("ATTITUDE_COMPLAINT", "S01", "E105", last.atDay(day).toString()); // a warning
    }
    record("REPORT_LATE", "S02", "E204", last.atDay(14).toString());
    record("CALLBACK_RECORDING_MISMATCH", "S03", "E303", last.atDay(13).toString());
    mvc.perform(
            post("/api/v1/settlements")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"" + last + "\"}"))
        .andExpect(status().isCreated());

    appealed = record("ATTITUDE_COMPLAINT", "S01", "E104", organization.today().toString());
    mvc.perform(
            post("/incidents/" + appealed + "/appeal")
                .with(STAFF)
                .with(csrf())
                .param("reason", "顾客误会"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  @Order(2)
  void groupCsSeeEveryStoreRankedWithTheMonthsFiguresTheTrendAndTheClose() throws Exception {
    YearMonth last = lastMonth();
    Map<String, Figures> expected = byStore(last);
    String html = home(GROUP_CS);

    assertThat(html).contains("id=\"overview-month\"", last + " 月", "草稿");
    for (var store : expected.entrySet()) {
      Figures f = store.getValue();
      assertThat(new BigDecimal(cell(html, store.getKey(), "fines")))
          .isEqualByComparingTo(f.fines());
      assertThat(new BigDecimal(cell(html, store.getKey(), "points")))
          .isEqualByComparingTo(f.points());
      assertThat(cell(html, store.getKey(), "flagged")).isEqualTo(String.valueOf(f.flagged()));
    }
    assertThat(expected.get("S01").flagged()).as("E105's warning").isEqualTo(1);
    assertThat(cell(html, "S01", "appeals")).isEqualTo("1");
    assertThat(cell(html, "S02", "appeals")).isEqualTo("0");
    // ranked by points deducted per statement, fewest first, then by fines per statement
    List<String> ranked = rankedStores(html);
    assertThat(ranked).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (int i = 1; i < ranked.size(); i++) {
      Figures before = expected.get(ranked.get(i - 1));
      Figures after = expected.get(ranked.get(i));
      int byPoints =
          before
              .points()
              .multiply(BigDecimal.valueOf(after.statements()))
              .compareTo(after.points().multiply(BigDecimal.valueOf(before.statements())));
      assertThat(byPoints)
          .as(ranked.get(i - 1) + " before " + ranked.get(i))
          .isLessThanOrEqualTo(0);
    }
    BigDecimal total =
        expected.values().stream().map(Figures::fines).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(html)
        .contains("id=\"trend-chart\"", "/dist/chart.umd", "/js/trend-chart")
        .contains("&quot;labels&quot;:[&quot;" + last.minusMonths(5) + "&quot;")
        .containsPattern("&quot;values&quot;:\\[null,null,null,null,null," + total.toPlainString());
    assertThat(html)
        .contains(last + " 月已生成结算草稿，尚未发布。", "待处理申诉：1 条")
        .contains("id=\"todos\"", "审核并发布 " + last + " 月的结算草稿");
    assertThat(html).doesNotContain("id=\"own-month\"");
  }

  @Test
  @Order(3)
  void executivesSeeTheSameFiguresAndNothingToDo() throws Exception {
    Map<String, Figures> expected = byStore(lastMonth());
    String html = home(BOSS);
    assertThat(rankedStores(html)).containsExactlyElementsOf(rankedStores(home(GROUP_CS)));
    assertThat(new BigDecimal(cell(html, "S02", "fines")))
        .isEqualByComparingTo(expected.get("S02").fines());
    assertThat(html).contains("id=\"trend-chart\"").doesNotContain("id=\"todos\"");
  }

  @Test
  @Order(4)
  void storeManagersSeeTheirStoreAndTheirToDos() throws Exception {
    Map<String, Figures> expected = byStore(lastMonth());
    String s01 = home(S01_MANAGER);
    assertThat(rankedStores(s01)).containsExactly("S01");
    assertThat(new BigDecimal(cell(s01, "S01", "fines")))
        .isEqualByComparingTo(expected.get("S01").fines());
    assertThat(s01)
        .contains("id=\"trend-chart\"", "待处理申诉：1 条", "有 1 条申诉待审批")
        .doesNotContain("store-S02", "store-S03", "审核并发布");

    String s02 = home(S02_CS);
    assertThat(rankedStores(s02)).containsExactly("S02");
    assertThat(new BigDecimal(cell(s02, "S02", "points")))
        .isEqualByComparingTo(expected.get("S02").points());
    assertThat(s02).contains("待处理申诉：0 条").doesNotContain("store-S01", "申诉待审批");
  }

  @Test
  @Order(5)
  void staffSeeTheirOwnMonthAndNoStoreFigures() throws Exception {
    String html = home(STAFF);
    assertThat(html)
        .contains("我的本月", "id=\"own-incident-" + appealed + "\"", "href=\"/incidents/" + appealed)
        .contains("我的待处理申诉：1 条", "申诉中", "还没有已发布的结算单")
        .doesNotContain("store-ranking", "trend-chart", "chart.umd", "id=\"todos\"");
    // the draft of last month is not theirs to see yet; published, it is listed with its fines
    mvc.perform(post("/api/v1/settlements/" + lastMonth() + "/publish").with(ADMIN))
        .andExpect(status().isOk());
    String published = home(STAFF);
    Object fines =
        JsonPath.read(
            ok(get("/api/v1/settlements/" + lastMonth()).with(STAFF)), "$.statements[0].fineTotal");
    Matcher row =
        Pattern.compile("id=\"own-statement-" + lastMonth() + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(published);
    assertThat(row.find()).as("last month's statement").isTrue();
    assertThat(row.group(1))
        .contains("href=\"/settlements/" + lastMonth() + "/statements/E104\"")
        .contains("罚款 " + new BigDecimal(String.valueOf(fines)).setScale(2).toPlainString());
  }

  @Test
  @Order(6)
  void staffsPointsLeftAreWhatTheMonthCloseWouldSay() throws Exception {
    Matcher left = Pattern.compile("剩余 ([\\d.]+) 分").matcher(home(STAFF));
    assertThat(left.find()).as("points left").isTrue();
    String body =
        mvc.perform(
                post("/api/v1/settlements")
                    .with(ADMIN)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"month\":\"" + thisMonth() + "\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Object> remaining =
        JsonPath.read(body, "$.statements[?(@.employeeCode == 'E104')].pointsRemaining");
    assertThat(new BigDecimal(left.group(1)))
        .isEqualByComparingTo(new BigDecimal(String.valueOf(remaining.get(0))));
    assertThat(new BigDecimal(left.group(1))).isLessThan(BigDecimal.TEN);
  }
}
