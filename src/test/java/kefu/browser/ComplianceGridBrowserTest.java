package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kefu.compliance.ComplianceWork;
import kefu.organization.Position;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A store's month of compliance work in Chromium: the grid shows each day's report by colour, and a
 * report sent from its cell turns the cell green, a notice in time amber. The scenario opens a
 * store of its own, so no other scenario's grid or month changes.
 */
class ComplianceGridBrowserTest extends BrowserPages {

  @Autowired ComplianceWork work;

  @Test
  void a_report_sent_from_its_cell_turns_it_green_and_a_notice_in_time_amber() {
    String code = newStore("G", "合规店");
    hire(code, "日报" + code, code, Position.CS_AGENT, LocalDate.parse("2026-01-05"));
    work.setDuty(
        ADMIN,
        code,
        new ComplianceWork.DutyParams(
            "DAILY_REPORT_PRE_SALES", code, LocalDate.parse("2026-11-01")));

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/compliance?storeCode=" + code + "&month=2026-11"));
    By second = By.id("cell-DAILY_REPORT_PRE_SALES-2026-11-02");
    WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(second));
    assertThat(cell.getText()).isEqualTo(text("compliance.status.MISSING", ZH));
    assertThat(parentClass(second)).contains("table-danger");

    cell.click();
    send(second, "submittedAt", "2026-11-03T10:00:00", "submit-work");
    assertThat(driver.findElement(second).getText())
        .isEqualTo(text("compliance.status.ON_TIME", ZH));
    assertThat(parentClass(second)).contains("table-success");

    By third = By.id("cell-DAILY_REPORT_PRE_SALES-2026-11-03");
    driver.findElement(third).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reason")));
    type(By.id("reason"), "系统故障");
    send(third, "givenAt", "2026-11-04T09:00:00", "give-notice");
    assertThat(driver.findElement(third).getText())
        .isEqualTo(text("compliance.status.EXCUSED", ZH));
    assertThat(parentClass(third)).contains("table-warning");
    assertNoPolicyViolations();
  }

  /** Sets the form's time, sends it with its button and waits for the grid to come back. */
  private void send(By cell, String timeField, String time, String button) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(timeField)));
    setDate(By.id(timeField), time);
    WebElement send = driver.findElement(By.id(button));
    // the form sits below the month's 30 rows: bring its button into view before pressing it
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", send);
    send.click();
    awaitGone(send);
    wait.until(ExpectedConditions.presenceOfElementLocated(cell));
  }

  private static String parentClass(By cell) {
    return driver.findElement(cell).findElement(By.xpath("..")).getAttribute("class");
  }
}
