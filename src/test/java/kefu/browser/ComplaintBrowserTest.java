package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Doc 003 in the browser: a store's complaint form (顾客抱怨处理单) refuses a missing receipt time at its
 * field, in Chinese first; entered, the complaint's page shows its response times and that the
 * first reply is late; it is escalated to group CS, acknowledged and resolved from that page. Each
 * scenario opens a store of its own and records in March 2026.
 */
class ComplaintBrowserTest extends BrowserPages {

  /** A store with one agent; the store's code (the agent is the code plus "A"). */
  private String store() {
    return storeThroughApi("Q", "抱怨店", "A");
  }

  private void step(String action) {
    new Select(driver.findElement(By.id("action"))).selectByValue(action);
    driver.findElement(By.id("take-step")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".alert-success"), text("service.complaint.stepDone." + action, ZH)));
  }

  @Test
  void aComplaintIsEnteredShowsItsResponseTimesAndIsEscalatedAcknowledgedAndResolved() {
    String store = store();
    logIn("groupcs", DEMO_PASSWORD);

    driver.get(url("/complaints/new"));
    new Select(driver.findElement(By.id("storeCode"))).selectByValue(store);
    type(By.id("employeeCode"), store + "A");
    type(By.id("summary"), "交车延误，顾客不满");
    driver.findElement(By.id("save-complaint")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-problem='receivedAt']")));
    assertThat(driver.findElement(By.cssSelector("[data-problem='receivedAt']")).getText())
        .isEqualTo(text("validation.required", ZH));
    // what was typed is kept
    assertThat(driver.findElement(By.id("summary")).getAttribute("value")).isEqualTo("交车延误，顾客不满");

    setDate(By.id("receivedAt"), "2026-03-02T09:00");
    type(By.id("customerPhone"), "13812345678");
    driver.findElement(By.id("urgent")).click();
    driver.findElement(By.id("important")).click();
    driver.findElement(By.id("save-complaint")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".alert-success"), text("service.complaint.saved", ZH)));
    assertThat(driver.findElement(By.id("complaint-status")).getText())
        .isEqualTo(text("service.complaint.status.RECEIVED", ZH));
    // urgent: the first reply was due within the hour
    assertThat(driver.findElement(By.id("first-reply-due")).getText())
        .isEqualTo("2026-03-02 10:00");
    assertThat(driver.findElement(By.id("resolve-due")).getText()).startsWith("2026-03-");
    assertThat(driver.findElement(By.id("breach-FIRST_REPLY")).getText())
        .isEqualTo(text("service.complaint.breach.FIRST_REPLY", ZH));
    // the number is masked until group CS asks for it, and that view is logged
    assertThat(driver.findElement(By.id("complaint-customer")).getText())
        .contains("138****5678")
        .doesNotContain("13812345678");
    driver.findElement(By.id("unmask")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("complaint-customer"), "13812345678"));
    assertThat(driver.getPageSource()).contains(text("callback.unmaskedLogged", ZH));

    step("report-to-group");
    assertThat(driver.findElement(By.id("report-due")).getText())
        .startsWith(text("service.complaint.reportedAt", ZH, "|").split("\\|")[0]);
    step("acknowledge");
    assertThat(driver.findElement(By.id("complaint-status")).getText())
        .isEqualTo(text("service.complaint.status.ACKNOWLEDGED", ZH));
    step("resolve");
    assertThat(driver.findElement(By.id("complaint-status")).getText())
        .isEqualTo(text("service.complaint.status.RESOLVED", ZH));
    assertThat(driver.findElements(By.cssSelector("#complaint-steps tr"))).hasSize(3);

    // a second report to group CS does not fit: refused on the page, nothing changes
    new Select(driver.findElement(By.id("action"))).selectByValue("report-to-group");
    driver.findElement(By.id("take-step")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".alert-danger"), text("service.complaint.stepConflict", ZH)));
    assertThat(driver.findElements(By.cssSelector("#complaint-steps tr"))).hasSize(3);
    assertNoPolicyViolations();
  }
}
