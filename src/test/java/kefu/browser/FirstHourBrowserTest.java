package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
    WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.id("enforced-0")));
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
