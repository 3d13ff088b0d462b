package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import kefu.organization.Position;
import kefu.settlement.MonthClose;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rewards and the pay slip in Chromium under the Content-Security-Policy: a reward entered on the
 * page is valued by the tiers in force, a refused one shows its problem at the field, and once the
 * month is computed the slip lists every line with its clause and the net. The scenario works in a
 * store and a month (May 2026) of its own.
 */
class PaySlipBrowserTest extends BrowserPages {

  private static final YearMonth MONTH = YearMonth.of(2026, 5);

  @Autowired MonthClose close;

  @Test
  @Order(1)
  void aRewardEnteredOnThePageReachesThePaySlipWithItsClauseAndTheNet() {
    String code = newStore("Y", "工资店");
    hire(code, "奖励" + code, code, Position.CS_AGENT, LocalDate.parse("2026-01-05"));

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/pay?month=" + MONTH + "&storeCode=" + code));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reward-form")));
    // a signing amount written the way another country writes it is refused at its field
    type(By.id("reward-employee"), code);
    new Select(driver.findElement(By.id("reward-type"))).selectByValue("ECOMMERCE_SIGNING");
    setDate(By.id("reward-at"), MONTH + "-06T10:00");
    type(By.id("reward-contract"), "3,50");
    driver.findElement(By.id("reward-save")).click();
    By problem = By.cssSelector("#reward-form [data-problem=contractAmount]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(problem));
    assertThat(driver.findElement(By.id("reward-employee")).getAttribute("value")).isEqualTo(code);

    new Select(driver.findElement(By.id("reward-type"))).selectByValue("EVENT_INVITATION");
    type(By.id("reward-contract"), "");
    type(By.id("reward-grade"), "A");
    setDate(By.id("reward-at"), MONTH + "-06T10:00");
    driver.findElement(By.id("reward-save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reward-table"), "300.00"));
    assertThat(driver.findElement(By.id("reward-table")).getText())
        .contains(code, text("statement.type.EVENT_INVITATION", ZH), "callcenter-100 v1 §3");
    assertNoPolicyViolations();

    close.compute(ADMIN, MONTH);
    driver.get(url("/pay/slips?month=" + MONTH + "&storeCode=" + code));
    driver.findElement(By.linkText(code)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("slip-lines")));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo(text("pay.slip.title", ZH, MONTH.toString()));
    assertThat(driver.findElement(By.cssSelector("#slip-lines [data-kind=BASE]")).getText())
        .contains(text("statement.type.BASE_SALARY", ZH), "3000.00");
    assertThat(driver.findElement(By.cssSelector("#slip-lines [data-kind=REWARD]")).getText())
        .contains("callcenter-100 v1 §3", "300.00");
    assertThat(driver.findElement(By.id("slip-net")).getText()).isEqualTo("3300.00");
    assertThat(driver.findElement(By.id("slip-pdf")).getAttribute("href"))
        .endsWith("/pay/slips/" + MONTH + "/" + code + ".pdf");
    assertNoPolicyViolations();
  }
}
