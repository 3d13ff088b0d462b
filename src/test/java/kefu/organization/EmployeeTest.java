package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The assignment history of an employee: no gaps, no overlaps, no nonsense dates. */
class EmployeeTest {

  static Store store(long id, String code) {
    Store s = new Store(code, code);
    ReflectionTestUtils.setField(s, "id", id);
    return s;
  }

  static Employee hiredOn(String date) {
    return new Employee(details(LocalDate.parse(date), null));
  }

  /** Employee E1 of the tests, as its form would send it. */
  static EmployeeDetails details(LocalDate hiredOn, LocalDate leftOn) {
    return new EmployeeDetails(
        "E1", "张三", hiredOn, leftOn, Level.JUNIOR, new BigDecimal("3000"), null, null);
  }

  /** Puts E1 on a post in the store from the date. */
  static void post(Employee e, Store store, Position position, String from) {
    e.assign(store, position, LocalDate.parse(from));
  }

  @Test
  void aTransferEndsThePreviousPostTheDayBefore() {
    Employee e = hiredOn("2026-01-05");
    post(e, store(1, "S01"), Position.CS_AGENT, "2026-01-05");
    post(e, store(2, "S02"), Position.CS_MANAGER, "2026-10-15");

    assertThat(e.getAssignments()).hasSize(2);
    assertThat(e.getAssignments().get(0).getValidTo()).isEqualTo("2026-10-14");
    assertThat(e.getAssignments().get(1).getValidTo()).isNull();
    assertThat(e.assignmentOn(LocalDate.parse("2026-10-14")).orElseThrow().getStore().getCode())
        .isEqualTo("S01");
    assertThat(e.assignmentOn(LocalDate.parse("2026-10-15")).orElseThrow().getStore().getCode())
        .isEqualTo("S02");
  }

  @Test
  void aPostCannotStartBeforeHiringOrBeforeTheCurrentOne() {
    Employee e = hiredOn("2026-01-05");
    assertThatThrownBy(() -> post(e, store(1, "S01"), Position.CS_AGENT, "2026-01-04"))
        .isInstanceOf(AssignmentRefused.class)
        .hasMessage("assignment.beforeHire");
    post(e, store(1, "S01"), Position.CS_AGENT, "2026-03-01");
    assertThatThrownBy(() -> post(e, store(2, "S02"), Position.CS_AGENT, "2026-03-01"))
        .hasMessage("assignment.notAfterPrevious");
  }

  @Test
  void anUnchangedPostIsRefused() {
    Employee e = hiredOn("2026-01-05");
    post(e, store(1, "S01"), Position.CS_AGENT, "2026-01-05");
    assertThatThrownBy(() -> post(e, store(1, "S01"), Position.CS_AGENT, "2026-05-01"))
        .hasMessage("assignment.unchanged");
  }

  @Test
  void leavingEndsTheRunningPostAndWithdrawingItReopensIt() {
    Employee e = hiredOn("2026-01-05");
    post(e, store(1, "S01"), Position.CS_AGENT, "2026-01-05");
    e.update(details(LocalDate.parse("2026-09-30")));
    assertThat(e.getAssignments().get(0).getValidTo()).isEqualTo("2026-09-30");
    e.update(details(null));
    assertThat(e.getAssignments().get(0).getValidTo()).isNull();
    post(e, store(2, "S02"), Position.CS_AGENT, "2026-10-01");
    assertThatThrownBy(() -> e.update(details(LocalDate.parse("2026-09-30"))))
        .hasMessage("assignment.startsAfterLeaving");
  }

  static EmployeeDetails details(LocalDate leftOn) {
    return details(LocalDate.parse("2026-01-05"), leftOn);
  }
}
