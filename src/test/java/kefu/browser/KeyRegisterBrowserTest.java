package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kefu.organization.Position;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The key page in Chromium, in a store of its own: a key registered and lent from the forms shows
 * as out with its borrower and on the day's list of keys not returned; a second loan of it is
 * refused; an emergency opening with one witness who is also the approver shows each refusal at its
 * field; the custodian's return takes it off the list.
 */
class KeyRegisterBrowserTest extends BrowserPages {

  private String store;

  private String hire(String who, Position position) {
    return hire(store + who, "钥匙" + who, store, position, LocalDate.parse("2025-01-06"));
  }

  @Test
  void aKeyIsLentFromThePageRefusedASecondTimeAndReturnedToItsCustodian() {
    store = newStore("KB", "钥匙店");
    String custodian = hire("CU", Position.FRONT_DESK);
    String borrower = hire("A1", Position.CS_AGENT);
    String manager = hire("SM", Position.STORE_MANAGER);

    logIn("admin", ADMIN_PASSWORD);
    driver.get(url("/registers/keys?storeCode=" + store));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-form")));
    type(By.id("key-code"), "K-101");
    type(By.id("key-custodianCode"), custodian);
    click(driver.findElement(By.cssSelector("#key-form button[type=submit]")));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-key='K-101']")));

    type(By.id("loan-borrowerCode"), borrower);
    type(By.id("loan-approverCode"), custodian);
    type(By.id("loan-purpose"), "取会议资料");
    WebElement lend = driver.findElement(By.id("lend"));
    click(lend);
    awaitGone(lend);
    assertThat(driver.findElement(By.cssSelector("tr[data-key='K-101']")).getText())
        .contains(text("registers.key.outWith", ZH, borrower));
    assertThat(driver.findElement(By.id("unreturned")).getText()).contains("K-101", borrower);

    type(By.id("loan-borrowerCode"), borrower);
    type(By.id("loan-approverCode"), custodian);
    type(By.id("loan-purpose"), "再借一次");
    click(driver.findElement(By.id("lend")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
    assertThat(driver.findElement(By.id("refusal")).getText())
        .isEqualTo(text("registers.conflict", ZH));

    // a sealed key of its own for the emergency opening
    type(By.id("key-code"), "F-201");
    type(By.id("key-custodianCode"), custodian);
    click(driver.findElement(By.id("key-sealed")));
    click(driver.findElement(By.cssSelector("#key-form button[type=submit]")));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-key='F-201']")));
    new Select(driver.findElement(By.id("opening-key"))).selectByVisibleText("F-201");
    type(By.id("opening-approverCode"), manager);
    type(By.id("opening-witness1"), manager);
    type(By.id("opening-sealBefore"), "F-0012");
    type(By.id("opening-reason"), "机房漏水");
    click(driver.findElement(By.id("open")));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[data-problem='witnessCodes[0]']")));
    assertThat(driver.findElement(By.cssSelector("[data-problem='witnessCodes[0]']")).getText())
        .isEqualTo(text("registers.opening.witnessIsApprover", ZH));
    assertThat(driver.findElement(By.cssSelector("[data-problem='witnessCodes']")).getText())
        .isEqualTo(text("registers.opening.twoWitnesses", ZH));
    assertThat(driver.findElement(By.cssSelector("[data-problem='guardName']")).getText())
        .isEqualTo(text("registers.opening.guardRequired", ZH));

    WebElement row = driver.findElement(By.cssSelector("#unreturned tr[data-loan]"));
    row.findElement(By.name("receivedByCode")).sendKeys(custodian);
    click(row.findElement(By.cssSelector("button[type=submit]")));
    awaitGone(row);
    assertThat(driver.findElement(By.id("unreturned")).getText())
        .contains(text("registers.unreturned.none", ZH));
    assertNoPolicyViolations();
  }
}
