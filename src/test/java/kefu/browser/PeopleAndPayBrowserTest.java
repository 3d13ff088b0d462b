package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kefu.Workbooks;
import kefu.incident.IncidentImport;
import kefu.organization.Position;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a new user meets in the first hour, in Chromium: a raise takes effect from a day and shows
 * in the pay history, an import's template downloads and its preview reads labels and times, and
 * the employee picker finds a person by part of their name. Each scenario makes its own data.
 */
class PeopleAndPayBrowserTest extends BrowserPages {

  @Test
  @Order(1)
  void aRaiseTakesEffectFromTheFirstOfNextMonthAndShowsInThePayHistory() {
    String code = newStore("W", "加薪店");
    hire(code, "加薪" + code, code, Position.CS_AGENT, LocalDate.parse("2026-01-05"));
    LocalDate nextMonth = organization.today().withDayOfMonth(1).plusMonths(1);

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/employees/" + code + "/edit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employee-form")));
    assertThat(driver.findElement(By.id("payFrom")).getAttribute("value"))
        .isEqualTo(nextMonth.toString());
    new Select(driver.findElement(By.id("level"))).selectByValue("INTERMEDIATE");
    type(By.id("baseSalary"), "3,800");
    driver.findElement(By.id("employee-save")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-history")));
    List<String> lines =
        driver.findElements(By.cssSelector("#pay-history tbody tr")).stream()
            .map(r -> r.getText())
            .toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("2026-01-05", text("level.JUNIOR", ZH), "3,000.00");
    assertThat(lines.get(1))
        .contains(nextMonth.toString(), text("level.INTERMEDIATE", ZH), "3,800.00");
    // today the old pay is still in force
    assertThat(driver.findElement(By.id("current-pay")).getText()).isEqualTo("3,000.00");
  }

  @Test
  @Order(2)
  void theImportTemplateDownloadsAndThePreviewShowsLabelsAndTimesInTheGroupsZone()
      throws IOException {
    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/incidents/import"));
    String href = driver.findElement(By.id("import-template")).getAttribute("href");
    Object answer =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>"
                    + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)));",
                href);
    assertThat(String.valueOf(answer)).startsWith("200 application/vnd.openxmlformats");

    Path file = Files.createTempFile("kefu-preview-", ".xlsx");
    try {
      Files.write(
          file,
          Workbooks.sheet(
              IncidentImport.FORMAT.names(),
              List.of("迟到", "一店", "E105", "2026-11-03T01:20:00Z", "1", "10", "", "")));
      driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
      driver.findElement(By.cssSelector("input[type=file] + button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-preview")));
      String row = driver.findElement(By.cssSelector("#import-preview tbody tr")).getText();
      assertThat(row).contains("迟到 (LATE_ARRIVAL)", "一店 (S01)", "2026-11-03 09:20");
      assertThat(row).doesNotContain("01:20:00Z");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  @Order(3)
  void thePickerFindsAnEmployeeByPartOfTheirNameAndTheFormSavesTheirCode() {
    String username = unique("picker");
    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/admin/users"));
    type(By.name("username"), username);
    new Select(driver.findElement(By.name("role"))).selectByValue("STAFF");
    driver.findElement(By.id("new-employeeCode")).sendKeys("孙");
    By option = By.cssSelector("#new-employeeCode-options [data-pick='E204']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(option));
    assertThat(driver.findElement(option).getText()).contains("孙悦", "E204", "二店");
    driver.findElement(option).click();
    assertThat(driver.findElement(By.id("new-employeeCode")).getAttribute("value"))
        .isEqualTo("E204");
    assertThat(driver.findElements(By.cssSelector("#new-employeeCode-options [data-pick]")))
        .isEmpty();
    type(By.cssSelector("form[action$='/admin/users'] input[name=password]"), "picker-pass-2026");
    WebElement before = driver.findElement(By.tagName("main"));
    driver.findElement(By.cssSelector("form[action$='/admin/users'] button[type=submit]")).click();

    awaitGone(before);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), username));
    assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
        .isEqualTo(text("account.created", ZH));
  }
}
