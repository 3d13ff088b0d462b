package kefu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kefu.organization.Accounts;
import kefu.organization.Position;
import kefu.organization.Role;
import kefu.registers.handover.Handovers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shift handover in the browser, in a store of its own with its checklist: the outgoing front
 * desk hands over from the checklist, the lead sees it but cannot sign it, and only the incoming
 * person signs or refuses it with a reason.
 */
class HandoverBrowserTest extends BrowserPages {

  private static final String PASSWORD = "handover-pass-2026";

  @Autowired Accounts accounts;
  @Autowired Handovers handovers;

  /** A store with an outgoing and an incoming front desk and a CS manager, each with a login. */
  private record Desk(String store, String outgoing, String incoming, String lead) {}

  private Desk desk() {
    String store = newStore("H", "交接店");
    Desk desk = new Desk(store, store + "O", store + "I", store + "L");
    person(desk.outgoing(), "交班" + store, store, Position.FRONT_DESK, Role.STAFF);
    person(desk.incoming(), "接班" + store, store, Position.FRONT_DESK, Role.STAFF);
    person(desk.lead(), "经理" + store, store, Position.CS_MANAGER, Role.CS_MANAGER);
    handovers.setChecklist(ADMIN, store, List.of("门禁卡", "备用金", "对讲机"));
    return desk;
  }

  private void person(String code, String name, String store, Position post, Role role) {
    hire(code, name, store, post, LocalDate.parse("2025-03-01"));
    accounts.create(
        ADMIN, new Accounts.AccountForm(code.toLowerCase(), role, store, code, true), PASSWORD);
  }

  /** The outgoing person fills the store's checklist (the radio intercom not in order); its id. */
  private String handedOver(Desk desk) {
    logIn(desk.outgoing().toLowerCase(), PASSWORD);
    driver.get(url("/handovers/new"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-form")));
    assertThat(driver.findElement(By.id("handover-marks")).getText()).contains("门禁卡", "备用金", "对讲机");
    type(By.id("incomingCode"), desk.incoming());
    driver.findElement(By.cssSelector("input[name='marks[0].ok'][value=true]")).click();
    driver.findElement(By.cssSelector("input[name='marks[1].ok'][value=true]")).click();
    driver.findElement(By.cssSelector("input[name='marks[2].ok'][value=false]")).click();
    type(By.name("marks[2].note"), "电量低");
    driver.findElement(By.id("handover-save")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handover-id")));
    assertThat(driver.findElement(By.id("handover-status")).getText())
        .isEqualTo(text("handover.status.PENDING", ZH));
    assertThat(driver.findElement(By.id("handover-items")).getText()).contains("×", "电量低");
    return driver.findElement(By.id("handover-id")).getText();
  }

  /** The handover's page, seen by the person of the store with the given code. */
  private void openAs(String person, String id) {
    logIn(person.toLowerCase(), PASSWORD);
    driver.get(url("/handovers/" + id));
  }

  @Test
  void onlyTheIncomingPersonSignsWhatTheOutgoingOneHandedOver() {
    Desk desk = desk();
    String id = handedOver(desk);

    openAs(desk.lead(), id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
    assertThat(driver.findElements(By.id("sign"))).isEmpty();

    openAs(desk.incoming(), id);
    driver.findElement(By.id("sign")).click();
    wait.until(
        ExpectedConditions.textToBe(By.id("handover-status"), text("handover.status.SIGNED", ZH)));
    assertThat(driver.findElements(By.id("sign"))).isEmpty();

    openAs(desk.lead(), id);
    type(By.id("review-note"), "已核对");
    driver.findElement(By.id("review")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("handover-review"), "已核对"));
  }

  @Test
  void theIncomingPersonRefusesWithAReasonThatTheHandoverThenShows() {
    Desk desk = desk();
    String id = handedOver(desk);

    openAs(desk.incoming(), id);
    type(By.id("refuse-reason"), "对讲机没电，无法接班");
    driver.findElement(By.cssSelector("#refuse-form button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBe(By.id("handover-status"), text("handover.status.REFUSED", ZH)));
    assertThat(driver.findElement(By.id("refusal-reason")).getText()).isEqualTo("对讲机没电，无法接班");

    driver.get(url("/handovers?storeCode=" + desk.store()));
    assertThat(driver.findElement(By.id("handover-table")).getText())
        .contains(id, "接班" + desk.store());
  }
}
