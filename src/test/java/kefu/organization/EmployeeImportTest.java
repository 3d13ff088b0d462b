package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.platform.FieldProblem;
import kefu.platform.SheetRow;
import org.junit.jupiter.api.Test;

/** The checks of an employee import row, without Spring: what was read once is all they need. */
class EmployeeImportTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  final EmployeeImport.Run run =
      new EmployeeImport.Run(
          VALIDATOR,
          Map.of("S01", EmployeeTest.store(1, "S01")),
          new HashSet<>(Set.of("E101")),
          rows -> {});

  static SheetRow row(String... cells) {
    return new SheetRow(2, List.of(cells), Map.of());
  }

  List<FieldProblem> check(SheetRow row) {
    List<FieldProblem> problems = new ArrayList<>();
    run.check(row, problems);
    return problems;
  }

  @Test
  void aValidRowBecomesAnEmployeeWithItsFirstPost() {
    List<FieldProblem> problems = new ArrayList<>();
    Employee e =
        run.check(
            row("I001", "张三", "S01", "cs_agent", "JUNIOR", "2026-02-01", "3000.50", "", ""),
            problems);
    assertThat(problems).isEmpty();
    assertThat(e.getCode()).isEqualTo("I001");
    assertThat(e.getPayHistory())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getBaseSalary()).isEqualByComparingTo("3000.50");
              assertThat(p.getValidFrom()).isEqualTo("2026-02-01");
            });
    assertThat(e.getAssignments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getStore().getCode()).isEqualTo("S01");
              assertThat(a.getPosition()).isEqualTo(Position.CS_AGENT);
              assertThat(a.getValidFrom()).isEqualTo("2026-02-01");
            });
  }

  @Test
  void aCodeTakenOrRepeatedInTheFileIsRefused() {
    assertThat(check(row("E101", "张三", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "")))
        .containsExactly(new FieldProblem("code", "validation.duplicate"));
    assertThat(check(row("I001", "张三", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "")))
        .isEmpty();
    assertThat(check(row("I001", "李四", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "")))
        .containsExactly(new FieldProblem("code", "validation.duplicate"));
  }

  @Test
  void aStoreOutsideTheUsersReachAndBadValuesAreRefusedOnTheirFields() {
    assertThat(check(row("I002", "张三", "S09", "NOPE", "JUNIOR", "2026-11-31", "1.005", "", "")))
        .extracting(FieldProblem::field)
        .contains("storeCode", "position", "hiredOn", "baseSalary");
  }
}
