package kefu.organization;

import static kefu.organization.EmployeeTest.hiredOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An employee's level and base pay change from a day, and every earlier day keeps its pay. */
class PayHistoryTest {

  static LocalDate day(String d) {
    return LocalDate.parse(d);
  }

  static BigDecimal yuan(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void theFirstTermsAreInForceFromTheHiringDateAndBefore() {
    Employee e = hiredOn("2026-01-05");

    assertThat(e.getPayHistory())
        .singleElement()
        .satisfies(p -> assertThat(p.getValidFrom()).isEqualTo("2026-01-05"));
    assertThat(e.payOn(day("2025-12-31")).getBaseSalary()).isEqualByComparingTo("3000");
    assertThat(e.payOn(day("2026-06-30")).getLevel()).isEqualTo(Level.JUNIOR);
  }

  @Test
  void aRaiseFromADayLeavesTheDaysBeforeAtTheOldPay() {
    Employee e = hiredOn("2026-01-05");

    assertThat(e.changePay(Level.INTERMEDIATE, yuan("3500"), day("2027-01-01"))).isTrue();

    assertThat(e.payOn(day("2026-12-31")).getBaseSalary()).isEqualByComparingTo("3000");
    assertThat(e.payOn(day("2026-12-31")).getLevel()).isEqualTo(Level.JUNIOR);
    assertThat(e.payOn(day("2027-01-01")).getBaseSalary()).isEqualByComparingTo("3500");
    assertThat(e.payOn(day("2027-01-01")).getLevel()).isEqualTo(Level.INTERMEDIATE);
  }

  @Test
  void aChangeBetweenTwoLinesKeepsTheLaterOneInForceFromItsDay() {
    Employee e = hiredOn("2026-01-05");
    e.changePay(Level.SENIOR, yuan("4000"), day("2026-12-01"));

    e.changePay(Level.INTERMEDIATE, yuan("3500"), day("2026-06-01"));

    assertThat(e.getPayHistory())
        .extracting(PayTerms::getValidFrom)
        .containsExactly(day("2026-01-05"), day("2026-06-01"), day("2026-12-01"));
    assertThat(e.payOn(day("2026-11-30")).getBaseSalary()).isEqualByComparingTo("3500");
    assertThat(e.payOn(day("2026-12-01")).getBaseSalary()).isEqualByComparingTo("4000");
  }

  @Test
  void aChangeOnTheDayOfAnotherReplacesItAndTheSamePayChangesNothing() {
    Employee e = hiredOn("2026-01-05");
    e.changePay(Level.JUNIOR, yuan("3200"), day("2026-12-01"));

    e.changePay(Level.JUNIOR, yuan("3300"), day("2026-12-01"));
    assertThat(e.getPayHistory()).hasSize(2);
    assertThat(e.payOn(day("2026-12-01")).getBaseSalary()).isEqualByComparingTo("3300");

    assertThat(e.changePay(Level.JUNIOR, yuan("3300.00"), day("2027-02-01"))).isFalse();
    assertThat(e.getPayHistory()).hasSize(2);
  }

  @Test
  void changingALineBackToThePayBeforeItLeavesOneLine() {
    Employee e = hiredOn("2026-01-05");
    e.changePay(Level.JUNIOR, yuan("3200"), day("2026-12-01"));

    e.changePay(Level.JUNIOR, yuan("3000"), day("2026-12-01"));

    assertThat(e.getPayHistory()).hasSize(1);
  }

  @Test
  void aChangeBeforeHiringOrAfterLeavingIsRefused() {
    Employee e = hiredOn("2026-01-05");
    assertThatThrownBy(() -> e.changePay(Level.JUNIOR, yuan("3200"), day("2026-01-04")))
        .hasMessage("pay.beforeHire");
    e.update(
        new EmployeeDetails(
            "E1", "张三", day("2026-01-05"), day("2026-08-31"), null, null, null, null));
    assertThatThrownBy(() -> e.changePay(Level.JUNIOR, yuan("3200"), day("2026-09-01")))
        .hasMessage("pay.afterLeaving");
  }

  @Test
  void aNewHiringDateMovesTheFirstTermsButNotPastTheNextChange() {
    Employee e = hiredOn("2026-01-05");
    e.changePay(Level.JUNIOR, yuan("3200"), day("2026-03-01"));

    e.update(new EmployeeDetails("E1", "张三", day("2026-01-12"), null, null, null, null, null));
    assertThat(e.getPayHistory().get(0).getValidFrom()).isEqualTo("2026-01-12");

    assertThatThrownBy(
            () ->
                e.update(
                    new EmployeeDetails(
                        "E1", "张三", day("2026-03-01"), null, null, null, null, null)))
        .hasMessage("pay.hireAfterChange");
  }
}
