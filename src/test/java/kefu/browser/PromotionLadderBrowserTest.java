package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import kefu.organization.AccessScope;
import kefu.organization.EmployeeForm;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.Position;
import kefu.organization.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promotion ladder in Chromium, in a store of its own (the demo has the ladder in force for
 * every store from this month): a trainee hired in January is proposed junior with the months
 * employed as evidence; group CS recommends them from the page, the executive approves, and the
 * employee page shows the approved change; group CS records a title.
 */
class PromotionLadderBrowserTest extends BrowserPages {

  private static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @Autowired Organization organization;

  private static void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", element);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
  }

  @Test
  void aTraineeIsProposedRecommendedAndApprovedFromThePagesAndTheEmployeePageShowsIt() {
    String store = "PB" + ThreadLocalRandom.current().nextInt(1000, 9999);
    organization.createStore(ADMIN, store, "晋升店" + store);
    EmployeeForm f = new EmployeeForm();
    f.setCode(store + "T1");
    f.setName("新人" + store);
    f.setStoreCode(store);
    f.setPosition(Position.CS_AGENT);
    f.setLevel(Level.TRAINEE);
    f.setHiredOn(organization.today().minusMonths(4));
    f.setBaseSalary(new BigDecimal("3000"));
    String trainee = organization.createEmployee(ADMIN, f).getCode();
    By row = By.cssSelector("#proposals tr[data-employee='" + trainee + "']");

    logIn("groupcs", DEMO_PASSWORD);
    driver.get(url("/ladder?storeCode=" + store));
    wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    String proposal = driver.findElement(row).getText();
    assertThat(proposal)
        .contains(text("ladder.kind.PROMOTION", ZH))
        .contains(text("ladder.evidence.MONTHS_EMPLOYED", ZH, "4", "3"));
    driver.findElement(row).findElement(By.name("reason")).sendKeys("试用期考核合格");
    WebElement recommend = driver.findElement(row).findElement(By.cssSelector("button.recommend"));
    click(recommend);
    awaitGone(recommend);
    assertThat(driver.findElement(By.id("ladder-message")).getText())
        .isEqualTo(text("ladder.page.recommended", ZH));
    assertThat(driver.findElement(row).getText()).contains(text("ladder.page.waiting", ZH));

    type(By.id("title-employee"), trainee);
    setDate(By.id("title-awardedOn"), LocalDate.now().minusDays(1).toString());
    WebElement award = driver.findElement(By.id("award"));
    click(award);
    awaitGone(award);
    assertThat(driver.findElement(By.id("ladder-message")).getText())
        .isEqualTo(text("ladder.page.awarded", ZH));

    logIn("boss", DEMO_PASSWORD);
    driver.get(url("/ladder?storeCode=" + store));
    By open =
        By.xpath(
            "//table[@id='open-recommendations']//tr[td//text()[contains(., '" + trainee + "')]]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(open));
    WebElement approve = driver.findElement(open).findElement(By.cssSelector("button.approve"));
    click(approve);
    awaitGone(approve);
    assertThat(driver.findElement(By.id("ladder-message")).getText())
        .isEqualTo(text("ladder.page.approved", ZH));

    driver.get(url("/employees/" + trainee));
    WebElement history =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("level-history")));
    assertThat(history.getText())
        .contains(text("ladder.status.APPROVED", ZH))
        .contains(text("level.JUNIOR", ZH))
        .contains(text("ladder.title.OUTSTANDING_CS", ZH));
  }
}
