package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kefu.organization.EmployeeForm;
import kefu.organization.Level;
import kefu.organization.Position;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The promotion ladder in Chromium, in a store of its own (the demo has the ladder in force for
 * every store from this month): a trainee hired in January is proposed junior with the months
 * employed as evidence; group CS recommends them from the page, the executive approves, and the
 * employee page shows the approved change; group CS records a title.
 */
class PromotionLadderBrowserTest extends BrowserPages {

  @Test
  void aTraineeIsProposedRecommendedAndApprovedFromThePagesAndTheEmployeePageShowsIt() {
    String store = newStore("PB", "晋升店");
    EmployeeForm f =
        employeeForm(
            store + "T1",
            "新人" + store,
            store,
            Position.CS_AGENT,
            organization.today().minusMonths(4));
    f.setLevel(Level.TRAINEE);
    String trainee = hire(f);
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
