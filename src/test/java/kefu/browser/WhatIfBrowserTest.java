package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import kefu.incident.RecordIncident;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A what-if from the pack editor, in Chromium under the Content-Security-Policy: the draft makes an
 * absence cost 3 points instead of 2, and June 2026 in store S03 (two absences of E303, recorded
 * here and met by no other scenario) shows who changes, the totals and the chart.
 */
class WhatIfBrowserTest extends BrowserPages {

  @Autowired RecordIncident recorder;

  @Test
  void aDraftFromTheEditorShowsWhoChangesInTheChosenMonthAndStore() {
    for (int day = 3; day <= 4; day++) {
      recorder.record(
          ADMIN,
          new RecordIncident.Params(
              "ABSENCE",
              "S03",
              "E303",
              java.time.LocalDate.of(2026, 6, day).atTime(10, 0).atOffset(ZoneOffset.ofHours(8)),
              1,
              null,
              null,
              null));
    }
    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/policy/packs/ecommerce-cs-10pt/edit"));
    WebElement yaml = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("yaml")));
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[0].value.replace("
                + "'rule: { kind: POINTS_PER_UNIT, points: 2 }',"
                + " 'rule: { kind: POINTS_PER_UNIT, points: 3 }');",
            yaml);
    WebElement editor = driver.findElement(By.id("simulate-draft"));
    editor.click();
    awaitGone(editor);

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("simulation-form")));
    assertThat(driver.findElement(By.id("yaml")).getAttribute("value"))
        .contains("rule: { kind: POINTS_PER_UNIT, points: 3 }");
    setDate(By.id("month"), "2026-06");
    new Select(driver.findElement(By.id("storeCodes"))).selectByValue("S03");
    WebElement run = driver.findElement(By.id("simulate"));
    run.click();
    awaitGone(run);

    WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-E303")));
    assertThat(row.getText()).contains("4.0 → 6.0", "6.0 → 4.0");
    assertThat(driver.findElement(By.id("replaces")).getText())
        .isEqualTo(text("simulation.replaces", ZH, "ecommerce-cs-10pt", 1, "2026-06"));
    assertThat(driver.findElement(By.id("totals-after")).getText()).contains("6.0");
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!(window.Chart && Chart.getChart('simulation-chart'));"));
    assertThat(driver.findElements(By.id("simulation-export"))).hasSize(1);
  }
}
