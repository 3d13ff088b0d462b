package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home pages by role and publishing a month whose appeals still wait, in Chromium under the
 * Content-Security-Policy. The publishing scenario records its own month (February 2026) through
 * the API, so it meets no other scenario's data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HomeAndStatementsBrowserTest extends BrowserPages {

  static final String MONTH = "2026-02";

  @Test
  @Order(1)
  void groupCsSeeTheMonthByStoreWithTheTrendDrawn() {
    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trend-chart")));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript("return !!(window.Chart && Chart.getChart('trend-chart'));"));
    assertThat(driver.findElement(By.id("month-overview")).getText())
        .contains(text("home.overview.trend", ZH));
    assertThat(driver.findElements(By.id("own-month"))).isEmpty();
  }

  @Test
  @Order(2)
  void staffSeeTheirOwnMonthAndNoStoreCharts() {
    logIn("staff", DEMO_PASSWORD);
    driver.get(url("/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("own-month")));
    assertThat(driver.findElement(By.id("cards")).getText())
        .contains(text("home.card.ownMonth", ZH), text("home.own.statements", ZH));
    assertThat(driver.findElements(By.id("trend-chart"))).isEmpty();
    assertThat(driver.findElements(By.id("store-ranking"))).isEmpty();
  }

  @Test
  @Order(3)
  void publishingAMonthWithAPendingAppealAsksForAConfirmationFirst() {
    String incident =
        api(
            "/api/v1/incidents",
            """
            {"type":"ATTITUDE_COMPLAINT","storeCode":"S01","employeeCode":"E104",
             "occurredAt":"2026-02-10T10:00:00+08:00","note":"顾客投诉态度"}""");
    long id = ((Number) JsonPath.read(incident, "$.id")).longValue();
    api("staff", DEMO_PASSWORD, "/api/v1/incidents/" + id + "/appeal", "{\"reason\":\"顾客误会\"}");

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/settlements"));
    setDate(By.id("compute-month"), MONTH);
    driver.findElement(By.cssSelector("#compute-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlToBe(url("/settlements/" + MONTH)));
    assertThat(driver.findElement(By.id("pending-appeals-warning")).getText())
        .isEqualTo(text("settlement.publish.pendingAppeals", ZH, 1));
    assertThat(
            driver.findElement(By.cssSelector("#pending-appeal-" + id + " a")).getAttribute("href"))
        .endsWith("/incidents/" + id);

    // without the confirmation the form does not go out
    driver.findElement(By.id("publish-button")).click();
    assertThat(
            (Boolean)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "return !document.getElementById('confirmPending').validity.valid;"))
        .isTrue();
    assertThat(driver.getCurrentUrl()).startsWith(url("/settlements/" + MONTH));

    driver.findElement(By.id("confirmPending")).click();
    driver.findElement(By.id("publish-button")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlToBe(url("/settlements")));
    assertThat(driver.findElement(By.id("month-" + MONTH)).getText())
        .contains(text("settlement.status.PUBLISHED", ZH));
  }
}
