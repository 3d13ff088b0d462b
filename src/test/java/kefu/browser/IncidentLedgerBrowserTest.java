package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The incident ledger in the browser: the list in pages with its filters and names, an appeal
 * decided after its month was published pointing to where its correction went, and a manager who
 * may not decide an appeal being told who will. Each scenario records its own incidents over the
 * API first (for a new employee where counts matter), so it passes in any order and beside any
 * other browser class.
 */
class IncidentLedgerBrowserTest extends BrowserPages {

  @Test
  void theListPagesThroughAFilteredMonthWithNamesBesideCodes() {
    for (int day = 1; day <= 7; day++) {
      recorded("E108", "2026-05-%02dT11:00:00+08:00".formatted(day));
    }
    // what the API lists for the same filter: the page must show the same, page by page
    String listed = get("/api/v1/incidents?month=2026-05&employeeCode=E108");
    List<Long> ids = new ArrayList<>();
    Matcher m = ID.matcher(listed);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    Matcher named = Pattern.compile("\"employeeName\"\\s*:\\s*\"([^\"]+)\"").matcher(listed);
    assertThat(named.find()).as(listed).isTrue();
    String name = named.group(1);
    int pages = (ids.size() + 2) / 3;

    logIn("s01cs", DEMO_PASSWORD);
    driver.get(url("/incidents?month=2026-05&size=3"));
    type(By.id("employee-filter"), name);
    driver.findElement(By.cssSelector("#incident-filter button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("employee="));

    assertThat(driver.findElement(By.id("incident-count")).getText())
        .isEqualTo(text("incident.pager", ZH, 1, pages, ids.size()));
    assertThat(rowIds()).isEqualTo(ids.subList(0, 3));
    assertThat(employeeCells()).containsOnly("E108 " + name);

    driver.findElement(By.id("pager-next")).click();
    wait.until(ExpectedConditions.urlContains("page=1"));
    assertThat(driver.findElement(By.id("incident-count")).getText())
        .isEqualTo(text("incident.pager", ZH, 2, pages, ids.size()));
    assertThat(rowIds()).isEqualTo(ids.subList(3, 6));
    // the filter stays on the next page; the pending-appeal filter narrows to those under appeal
    assertThat(driver.findElement(By.id("employee-filter")).getAttribute("value")).isEqualTo(name);
    driver.findElement(By.id("appeal-pending-filter")).click();
    driver.findElement(By.cssSelector("#incident-filter button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("appealPending=true"));
    assertThat(rowIds()).doesNotContainAnyElementsOf(ids.subList(0, 6));
  }

  @Test
  void anAppealGrantedAfterPublicationShowsWhereItsCorrectionWent() {
    long id = recorded("E104", "2026-03-12T10:00:00+08:00");
    api("staff", DEMO_PASSWORD, "/api/v1/incidents/" + id + "/appeal", "{\"reason\":\"有录音\"}");
    api("admin", ADMIN_PASSWORD, "/api/v1/settlements", "{\"month\":\"2026-03\"}");
    api("admin", ADMIN_PASSWORD, "/api/v1/settlements/2026-03/publish", "");

    logIn("s01manager", DEMO_PASSWORD);
    driver.get(url("/incidents/" + id));
    assertThat(driver.findElement(By.id("month-closed")).getText())
        .isEqualTo(text("appeal.monthClosed", ZH));
    assertThat(driver.findElements(By.id("void-form"))).isEmpty();
    assertThat(driver.findElements(By.id("appeal-form"))).isEmpty();
    type(By.id("decision-reason"), "录音核实无误");
    driver.findElement(By.cssSelector("#decision-form button[value=true]")).click();

    // the correction is recorded just after the decision commits: look again until it shows
    WebElement carried =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(
                d -> {
                  d.navigate().refresh();
                  List<WebElement> link = d.findElements(By.id("correction-link"));
                  return link.isEmpty() ? null : d.findElement(By.id("appeal-carried"));
                });
    assertThat(carried.getText()).contains("2026-03");
    assertThat(driver.findElements(By.id("decision-form"))).isEmpty();
    driver.findElement(By.id("correction-link")).click();
    wait.until(ExpectedConditions.urlContains("/settlements"));
    assertThat(driver.findElements(By.cssSelector(".alert-danger"))).isEmpty();
  }

  @Test
  void aManagerWhoMayNotDecideSeesWhoWillAndTheStoreManagerDecides() {
    long id = recorded("E104", "2026-01-20T15:00:00+08:00");
    api("staff", DEMO_PASSWORD, "/api/v1/incidents/" + id + "/appeal", "{\"reason\":\"顾客误会\"}");

    logIn("s01cs", DEMO_PASSWORD);
    driver.get(url("/incidents/" + id));
    String whoDecides = driver.findElement(By.id("who-decides")).getText();
    assertThat(whoDecides)
        .contains(text("appeal.decider.recordedIt", ZH))
        .contains(text("appeal.decidedBy.STORE_MANAGER", ZH));
    assertThat(driver.findElements(By.id("decision-form"))).isEmpty();

    logIn("s01manager", DEMO_PASSWORD);
    driver.get(url("/incidents/" + id));
    assertThat(driver.findElements(By.id("who-decides"))).isEmpty();
    type(By.id("decision-reason"), "录音为证");
    driver.findElement(By.cssSelector("#decision-form button[value=false]")).click();
    wait.until(
        ExpectedConditions.textToBe(By.id("appeal-status"), text("appeal.status.UPHELD", ZH)));
  }

  /** An attitude complaint in S01 recorded by its CS manager; its id. */
  private long recorded(String employee, String at) {
    String body =
        api(
            "s01cs",
            DEMO_PASSWORD,
            "/api/v1/incidents",
            """
            {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"%s","occurredAt":"%s"}"""
                .formatted(employee, at));
    return firstId(body);
  }

  private List<Long> rowIds() {
    return driver.findElements(By.cssSelector("#incident-table tbody tr td:first-child a")).stream()
        .map(a -> Long.parseLong(a.getText()))
        .toList();
  }

  private List<String> employeeCells() {
    return driver.findElements(By.cssSelector("#incident-table td.incident-employee")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
