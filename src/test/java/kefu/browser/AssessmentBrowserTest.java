package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kefu.assessment.Evaluations;
import kefu.organization.Position;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessment pages in Chromium, each scenario in a store of its own: the team's scorecards
 * entered on one form with the computed criteria's evidence beside them; a weekly evaluation from
 * its form and a part above its maximum refused; the year's grades computed, drawn as a chart, an
 * override that breaks the distribution refused and one that keeps it saved with its reason.
 */
class AssessmentBrowserTest extends BrowserPages {

  @Autowired Evaluations evaluations;

  private String store;

  private void newStore(String prefix) {
    store = newStore(prefix, "考核店");
  }

  private String hire(String who, Position position) {
    return hire(store + who, "考核" + who, store, position, LocalDate.parse("2023-01-02"));
  }

  private static void choose(String employee, String criterion, String value) {
    new Select(driver.findElement(By.name("card." + employee + "." + criterion)))
        .selectByValue(value);
  }

  /** Fills the weekly evaluation form; ability 25, efficiency 18 and teamwork 17. */
  private void enterEvaluation(String employee, String week, String attitude) {
    type(By.id("evaluation-employee"), employee);
    setDate(By.id("evaluation-week"), week);
    type(By.id("evaluation-attitude"), attitude);
    type(By.id("evaluation-ability"), "25");
    type(By.id("evaluation-efficiency"), "18");
    type(By.id("evaluation-teamwork"), "17");
  }

  @Test
  void theTeamsCardsAreEnteredOnOneFormBesideTheComputedCriteriaAndTheirEvidence() {
    newStore("SC");
    String a1 = hire("A1", Position.CS_AGENT);
    String a2 = hire("A2", Position.CS_AGENT);

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/assessment/scorecards?month=2026-10&storeCode=" + store));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scorecards-table")));
    WebElement completeness =
        driver.findElement(
            By.cssSelector("tr[data-employee='" + a1 + "'] td[data-criterion='COMPLETENESS']"));
    assertThat(completeness.getText()).contains("20", "0/0 = 0.0%");

    for (String[] c :
        new String[][] {
          {"RESPONSIBILITY", "10"},
          {"COOPERATION", "8"},
          {"INITIATIVE", "5"},
          {"DRIVE", "5"},
          {"OBEDIENCE", "5"},
          {"ATTITUDE", "10"}
        }) {
      choose(a1, c[0], c[1]);
    }
    choose(a2, "RESPONSIBILITY", "2");
    WebElement save = driver.findElement(By.id("save-scorecards"));
    click(save);
    awaitGone(save);
    assertThat(driver.findElement(By.id("scorecards-message")).getText())
        .isEqualTo(text("scorecards.saved", ZH, 2));
    // 20 + 5 + 10 + 8 + 5 + 5 + 5 + 10
    assertThat(
            driver.findElement(By.cssSelector("tr[data-employee='" + a1 + "'] .total")).getText())
        .isEqualTo("68.0");
    assertThat(
            driver.findElement(By.cssSelector("tr[data-employee='" + a1 + "'] .flags")).getText())
        .isEqualTo(text("scorecards.flag.NEEDS_IMPROVEMENT", ZH));
    assertThat(
            driver.findElement(By.cssSelector("tr[data-employee='" + a2 + "'] .total")).getText())
        .isEqualTo(text("scorecards.incomplete", ZH));
    assertNoPolicyViolations();
  }

  @Test
  void aWeeklyEvaluationIsSavedFromItsFormAndAPartAboveItsMaximumIsRefused() {
    newStore("EV");
    String a1 = hire("A1", Position.CS_AGENT);

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/assessment/evaluations?month=2026-10&storeCode=" + store));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation-form")));
    enterEvaluation(a1, "2026-10-05", "27");
    WebElement save = driver.findElement(By.id("save-evaluation"));
    click(save);
    awaitGone(save);
    assertThat(driver.findElement(By.id("evaluations-message")).getText())
        .isEqualTo(text("evaluations.saved", ZH, a1));
    assertThat(
            driver.findElement(By.cssSelector("tr[data-employee='" + a1 + "'] .total")).getText())
        .isEqualTo("87.0");

    // the browser's own check on the maximum is taken off to reach the server's
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('evaluation-form').noValidate = true;");
    enterEvaluation(a1, "2026-10-12", "31");
    save = driver.findElement(By.id("save-evaluation"));
    click(save);
    awaitGone(save);
    assertThat(driver.findElement(By.id("evaluations-error")).getText())
        .isEqualTo(text("assessment.evaluation.aboveMaximum", ZH));
    assertThat(driver.findElements(By.cssSelector("#evaluations-table tr[data-employee]")))
        .hasSize(1);
    assertNoPolicyViolations();
  }

  @Test
  void theYearsGradesAreChartedAndAnOverrideMustKeepTheDistribution() {
    newStore("AG");
    // 2023 is graded only here: five people, one Monday each
    String[] seats = {"A1", "A2", "A3", "A4", "A5"};
    int[][] weeks = {
      {30, 30, 20, 15}, {28, 28, 19, 15}, {27, 27, 19, 15}, {25, 25, 15, 15}, {20, 20, 10, 10}
    };
    for (int i = 0; i < seats.length; i++) {
      String code = hire(seats[i], Position.CS_AGENT);
      evaluations.record(
          ADMIN,
          new Evaluations.NewEvaluation(
              code,
              LocalDate.parse("2023-03-06"),
              BigDecimal.valueOf(weeks[i][0]),
              BigDecimal.valueOf(weeks[i][1]),
              BigDecimal.valueOf(weeks[i][2]),
              BigDecimal.valueOf(weeks[i][3])));
    }

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/assessment/annual-grades?year=2023"));
    WebElement compute =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("compute-grades")));
    click(compute);
    awaitGone(compute);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grades-chart")));
    assertThat(
            driver
                .findElement(By.cssSelector("#grade-counts [data-grade='EXCELLENT'] .count"))
                .getText())
        .isEqualTo("1");
    assertThat(
            driver
                .findElement(By.cssSelector("#grade-counts [data-grade='FAIL'] .count"))
                .getText())
        .isEqualTo("1");
    WebElement a2 = driver.findElement(By.cssSelector("tr[data-employee='" + store + "A2']"));
    assertThat(a2.findElement(By.cssSelector(".grade")).getText())
        .isEqualTo(text("annualGrades.grade.GOOD", ZH));

    new Select(a2.findElement(By.name("grade"))).selectByValue("EXCELLENT");
    a2.findElement(By.name("reason")).sendKeys("全年表现突出");
    click(a2.findElement(By.cssSelector("button[type=submit]")));
    awaitGone(a2);
    assertThat(driver.findElement(By.id("grades-error")).getText())
        .isEqualTo(text("assessment.grades.distribution", ZH));

    a2 = driver.findElement(By.cssSelector("tr[data-employee='" + store + "A2']"));
    new Select(a2.findElement(By.name("grade"))).selectByValue("PASS");
    a2.findElement(By.name("reason")).sendKeys("年度复核下调");
    click(a2.findElement(By.cssSelector("button[type=submit]")));
    awaitGone(a2);
    a2 = driver.findElement(By.cssSelector("tr[data-employee='" + store + "A2']"));
    assertThat(a2.findElement(By.cssSelector(".grade")).getText())
        .isEqualTo(text("annualGrades.grade.PASS", ZH));
    assertThat(a2.getText()).contains("年度复核下调");
    assertNoPolicyViolations();
  }
}
