package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The assignment history of an employee: no gaps, no overlaps, no nonsense dates. */
class EmployeeTest {

  static Store store(long id, String code) {
    Store s = new Store(code, code);
    ReflectionTestUtils.setField(s, "id", id);
    return s;
  }

  /** S01 has id 1, S02 id 2. */
  static Store store(String code) {
    return store(Long.parseLong(code.substring(1)), code);
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

  /** Each post is a CS agent's, written "store from-date"; E1 was hired on 5 January 2026. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a post cannot start before hiring                  |                | S01 2026-01-04 | assignment.beforeHire
          a post cannot start before the current one is over | S01 2026-03-01 | S02 2026-03-01 | assignment.notAfterPrevious
          an unchanged post is refused                       | S01 2026-01-05 | S01 2026-05-01 | assignment.unchanged
          """)
  void aPostThatWouldMakeNonsenseOfTheHistoryIsRefused(
      String behaviour, String current, String next, String message) {
    Employee e = hiredOn("2026-01-05");
    if (current != null) {
      agent(e, current);
    }
    assertThatThrownBy(() -> agent(e, next))
        .isInstanceOf(AssignmentRefused.class)
        .hasMessage(message);
  }

  /** A CS agent's post written "store from-date". */
  static void agent(Employee e, String post) {
    String[] storeFrom = post.split(" ");
    post(e, store(storeFrom[0]), Position.CS_AGENT, storeFrom[1]);
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
