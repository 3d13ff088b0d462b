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
    return new Employee(
        new EmployeeDetails(
            "E1",
            "张三",
            LocalDate.parse(date),
            null,
            Level.JUNIOR,
            new BigDecimal("3000"),
            null,
            null));
  }

  @Test
  void aTransferEndsThePreviousPostTheDayBefore() {
    Employee e = hiredOn("2026-01-05");
    e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-01-05"));
    e.assign(store(2, "S02"), Position.CS_MANAGER, LocalDate.parse("2026-10-15"));

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
    assertThatThrownBy(
            () -> e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-01-04")))
        .isInstanceOf(AssignmentRefused.class)
        .hasMessage("assignment.beforeHire");
    e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-03-01"));
    assertThatThrownBy(
            () -> e.assign(store(2, "S02"), Position.CS_AGENT, LocalDate.parse("2026-03-01")))
        .hasMessage("assignment.notAfterPrevious");
  }

  @Test
  void anUnchangedPostIsRefused() {
    Employee e = hiredOn("2026-01-05");
    e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-01-05"));
    assertThatThrownBy(
            () -> e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-05-01")))
        .hasMessage("assignment.unchanged");
  }

  @Test
  void leavingEndsTheRunningPostAndWithdrawingItReopensIt() {
    Employee e = hiredOn("2026-01-05");
    e.assign(store(1, "S01"), Position.CS_AGENT, LocalDate.parse("2026-01-05"));
    e.update(details(LocalDate.parse("2026-09-30")));
    assertThat(e.getAssignments().get(0).getValidTo()).isEqualTo("2026-09-30");
    e.update(details(null));
    assertThat(e.getAssignments().get(0).getValidTo()).isNull();
    e.assign(store(2, "S02"), Position.CS_AGENT, LocalDate.parse("2026-10-01"));
    assertThatThrownBy(() -> e.update(details(LocalDate.parse("2026-09-30"))))
        .hasMessage("assignment.startsAfterLeaving");
  }

  static EmployeeDetails details(LocalDate leftOn) {
    return new EmployeeDetails(
        "E1",
        "张三",
        LocalDate.parse("2026-01-05"),
        leftOn,
        Level.JUNIOR,
        new BigDecimal("3000"),
        null,
        null);
  }
}
