package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a new user meets in the first hour, in the browser: lists that read on a phone, packs a
 * store's managers can read, an audit page a person can follow, and the settings' zone list and
 * holiday calendar file.
 */
class FirstHourBrowserTest extends BrowserPages {

  private static final Dimension DESKTOP = new Dimension(1400, 1000);
  private static final Dimension PHONE = new Dimension(390, 844);

  @AfterEach
  void backToTheDesktop() {
    if (driver != null) {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  @Test
  @Order(1)
  void onAPhoneTheMainListsShowEachRowAsACardOfLabelledValues() throws IOException {
    logIn("groupcs", DEMO_PASSWORD);
    recordIncident("S01", "E104", "2026-04-10T10:00");
    // a month with statements, whoever computed it first
    driver.get(url("/settlements"));
    setDate(By.id("compute-month"), "2026-04");
    driver.findElement(By.cssSelector("#compute-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/settlements"));
    driver.manage().window().setSize(PHONE);

    assertRowsAreCards("/employees", "employee-table");
    assertRowsAreCards("/incidents?month=2026-04", "incident-table");
    assertRowsAreCards("/settlements/2026-04", "statement-table");
  }

  @Test
  @Order(2)
  void aCsManagerReadsThePacksOfTheirStoreInWordsAndACopyGetsItsOwnTitle() {
    logIn("s01cs", DEMO_PASSWORD);
    driver.get(url("/policy"));
    // a pack with incident rules: the ladder in force beside it reads as clauses and steps only
    WebElement first =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#enforced-packs a[href$='/policy/packs/group-cs-2010']")));
    String title = first.findElement(By.cssSelector(".fw-semibold")).getText();
    first.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pack-reading")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    List<WebElement> rules = driver.findElements(By.cssSelector("#pack-reading .rule"));
    assertThat(rules).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).isNotBlank());
    assertThat(driver.findElements(By.cssSelector("#pack-reading code, textarea"))).isEmpty();
    String body = driver.findElement(By.tagName("main")).getText();
    assertThat(body).doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/policy/packs/group-cs-2010"));
    String zh = driver.findElement(By.id("titleZh")).getAttribute("value");
    String en = driver.findElement(By.id("titleEn")).getAttribute("value");
    assertThat(zh).contains("（副本");
    assertThat(en).contains("(copy");
    String packTitle = driver.findElement(By.cssSelector("h1 span")).getText();
    assertThat(zh).isNotEqualTo(packTitle);
  }

  @Test
  @Order(3)
  void theAuditPageNamesTheObjectAndShowsOnlyWhatChanged() {
    logIn("admin", ADMIN_PASSWORD);
    String code = "ZA" + (System.nanoTime() % 100000); // after the demo codes in any list
    driver.get(url("/employees/new"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("employee-form")));
    type(By.id("code"), code);
    type(By.id("name"), "审计甲");
    new Select(driver.findElement(By.id("storeCode"))).selectByValue("S03");
    setDate(By.id("hiredOn"), "2026-03-02");
    type(By.id("baseSalary"), "3200");
    driver.findElement(By.id("employee-save")).click();
    wait.until(ExpectedConditions.urlToBe(url("/employees/" + code)));
    driver.get(url("/employees/" + code + "/edit"));
    type(By.id("name"), "审计乙");
    driver.findElement(By.id("employee-save")).click();
    wait.until(ExpectedConditions.urlToBe(url("/employees/" + code)));

    driver.get(url("/admin/audit?entityType=employee&entityId=" + code));
    List<WebElement> rows = driver.findElements(By.cssSelector("#audit-table tbody tr"));
    assertThat(rows).hasSize(2);
    WebElement change = rows.get(0);
    assertThat(change.findElement(By.cssSelector(".audit-object")).getText())
        .isEqualTo("员工 " + code + " 审计乙");
    assertThat(change.findElement(By.cssSelector(".audit-time")).getText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    List<WebElement> changes = change.findElements(By.cssSelector(".audit-changes li"));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).getText()).isEqualTo("姓名: 审计甲 → 审计乙");
  }

  @Test
  @Order(4)
  void theAdministratorPicksTheZoneFromAListAndLoadsACalendarFileAfterAPreview()
      throws IOException {
    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/admin/settings"));
    Select zones = new Select(driver.findElement(By.id("timeZone")));
    assertThat(zones.getOptions().size()).isGreaterThan(300);
    assertThat(zones.getFirstSelectedOption().getAttribute("value")).isEqualTo("Asia/Shanghai");

    // the shipped calendar previews whole, without saving anything
    driver.findElement(By.id("calendar-cn-2026")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-preview")));
    assertThat(driver.findElements(By.cssSelector("#calendar-days tbody tr"))).hasSize(39);
    assertThat(driver.findElement(By.id("calendar-verdict")).getText())
        .isEqualTo(text("calendar.file.ready", ZH, 39));

    // a file of the administrator's own: a bad line refuses it whole, a good one saves
    Path bad = uploadCalendar("date,kind,name\n2032-05-06,holiday,好\n2032-05-07,maybe,坏\n");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar-preview")));
    assertThat(driver.findElement(By.id("calendar-verdict")).getText())
        .isEqualTo(text("calendar.file.refused", ZH));
    assertThat(driver.findElements(By.id("calendar-save"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("#calendar-days tr.table-danger")).getText())
        .contains(text("calendar.file.badKind", ZH));

    Path good = uploadCalendar("date,kind,name\n2032-05-08,workday,调休上班\n2032-05-10,holiday,假日\n");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar-save"))).click();
    wait.until(ExpectedConditions.urlToBe(url("/admin/settings")));
    String page = driver.findElement(By.tagName("main")).getText();
    assertThat(page)
        .contains(text("calendar.file.loaded", ZH))
        .contains("2032-05-08")
        .contains("调休上班")
        .contains("2032-05-10");
    Files.delete(bad);
    Files.delete(good);
  }

  /**
   * Writes {@code csv} to a file and sends it from the settings page's calendar upload; the file.
   */
  private Path uploadCalendar(String csv) throws IOException {
    Path file = Files.createTempFile("calendar-", ".csv");
    Files.writeString(file, csv);
    driver.get(url("/admin/settings"));
    driver
        .findElement(By.cssSelector("#calendar-upload input[type=file]"))
        .sendKeys(file.toString());
    driver.findElement(By.cssSelector("#calendar-upload button")).click();
    return file;
  }

  /** Records an incident of the first type the form offers, through the form. */
  private void recordIncident(String store, String employee, String at) {
    driver.get(url("/incidents/new"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("incident-form")));
    new Select(driver.findElement(By.id("storeCode"))).selectByValue(store);
    setDate(By.id("occurredAt"), at);
    wait.until(d -> new Select(d.findElement(By.id("type"))).getOptions().size() > 1);
    new Select(driver.findElement(By.id("type"))).selectByIndex(1);
    type(By.id("employeeCode"), employee);
    type(By.id("quantity"), "1");
    driver.findElement(By.id("incident-save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-status")));
  }

  private void assertRowsAreCards(String path, String tableId) throws IOException {
    driver.get(url(path));
    WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(tableId)));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long viewport = (Long) js.executeScript("return window.innerWidth;");
    assertThat(viewport).as("phone viewport").isLessThanOrEqualTo(400);
    List<String> headers =
        table.findElements(By.cssSelector("thead th")).stream()
            .map(th -> (String) js.executeScript("return arguments[0].textContent.trim();", th))
            .map(t -> t.replaceAll("\\s+", " "))
            .toList();
    assertThat(headers).isNotEmpty();
    assertThat(table.findElement(By.tagName("thead")).getRect().getHeight())
        .as("the header row gives way to the labels")
        .isLessThanOrEqualTo(1);

    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).isNotEmpty();
    WebElement row = rows.get(0);
    List<WebElement> cells = row.findElements(By.tagName("td"));
    if (cells.size() == headers.size()) {
      int previousTop = -1;
      for (int i = 0; i < cells.size(); i++) {
        WebElement cell = cells.get(i);
        assertThat(cell.isDisplayed()).isTrue();
        assertThat(cell.getAttribute("data-label")).isEqualTo(headers.get(i));
        String shown =
            (String)
                js.executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", cell);
        assertThat(shown).isEqualTo("\"" + headers.get(i) + "\"");
        assertThat(cell.getRect().getX() + cell.getRect().getWidth())
            .as(path + ": cell " + headers.get(i) + " inside the screen")
            .isLessThanOrEqualTo((int) viewport);
        assertThat(cell.getRect().getY())
            .as(path + ": cells stack one under the other")
            .isGreaterThan(previousTop);
        previousTop = cell.getRect().getY();
      }
    } else {
      // the list is empty: its one line spans the card
      assertThat(cells).hasSize(1);
    }
    saveScreenshot(
        Path.of("target", "screenshots", "FirstHourBrowserTest-phone-" + tableId + ".png"));
    long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    assertThat(scrollWidth).as(path + ": no sideways scrolling").isLessThanOrEqualTo(viewport);
  }
}
