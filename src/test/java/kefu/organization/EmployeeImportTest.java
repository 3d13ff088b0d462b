package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kefu.platform.CodeLabels;
import kefu.platform.FieldProblem;
import kefu.platform.SheetRow;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The checks of an employee import row, without Spring: what was read once is all they need. */
class EmployeeImportTest {

  static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  /** The labels of the real messages, as the running application reads them. */
  static CodeLabels labels(String prefix, Enum<?>[] values) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/organization");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    CodeLabels labels = new CodeLabels();
    for (Enum<?> v : values) {
      String zh = messages.getMessage(prefix + v.name(), null, Locale.SIMPLIFIED_CHINESE);
      labels.add(v.name(), zh, messages.getMessage(prefix + v.name(), null, Locale.ENGLISH));
    }
    return labels;
  }

  static final Store S01 = EmployeeTest.store(1, "S01");

  final EmployeeImport.Run run =
      new EmployeeImport.Run(
          VALIDATOR,
          new EmployeeImport.Codes(
              EmployeeImport.storeLabels(
                  List.of(
                      S01,
                      EmployeeTest.store(2, "S02"),
                      new Store("S05", "二店"),
                      new Store("S06", "二店"))),
              labels("position.", Position.values()),
              labels("level.", Level.values())),
          Map.of("S01", S01),
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
  void positionsAndLevelsAreReadByTheirChineseOrEnglishLabelAndStoresByName() {
    List<FieldProblem> problems = new ArrayList<>();
    Employee e =
        run.check(
            row("I010", "张三", "S01", "客服经理", "Senior", "2026-02-01", "3,500", "", ""), problems);
    Employee f =
        run.check(
            row("I011", "李四", "S01", "客服专员 (CS_AGENT)", "初级客服", "2026-02-01", "3500.00", "", ""),
            problems);

    assertThat(problems).isEmpty();
    assertThat(e.getAssignments().get(0).getPosition()).isEqualTo(Position.CS_MANAGER);
    assertThat(e.getPayHistory().get(0).getLevel()).isEqualTo(Level.SENIOR);
    assertThat(e.getPayHistory().get(0).getBaseSalary()).isEqualByComparingTo("3500");
    assertThat(f.getAssignments().get(0).getPosition()).isEqualTo(Position.CS_AGENT);
    assertThat(f.getPayHistory().get(0).getLevel()).isEqualTo(Level.JUNIOR);
  }

  @Test
  void aStoreNameOfTwoStoresIsRefusedAsAmbiguousAndANameOfAnotherStoreAsOutOfReach() {
    assertThat(check(row("I012", "张三", "二店", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "")))
        .containsExactly(new FieldProblem("storeCode", "import.ambiguousLabel"));
    assertThat(check(row("I013", "张三", "S02", "CS_AGENT", "JUNIOR", "2026-02-01", "3000", "", "")))
        .containsExactly(new FieldProblem("storeCode", "import.storeNotAllowed"));
  }

  @Test
  void amountsWrittenAnotherWayAreRefusedOnTheirCell() {
    assertThat(
            check(row("I014", "张三", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3.500,00", "", "")))
        .first()
        .isEqualTo(new FieldProblem("baseSalary", "import.badNumber"));
    assertThat(check(row("I015", "张三", "S01", "CS_AGENT", "JUNIOR", "2026-02-01", "3,50", "", "")))
        .first()
        .isEqualTo(new FieldProblem("baseSalary", "import.badNumber"));
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
