package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coded values as people write them: code, label in either language, or both. */
class CodeLabelsTest {

  final CodeLabels positions =
      new CodeLabels()
          .add("CS_AGENT", "客服专员", "客服专员", "CS agent")
          .add("CS_MANAGER", "客服经理", "客服经理", "CS manager");

  final List<FieldProblem> problems = new ArrayList<>();

  @Test
  void aCodeInAnyCaseALabelInEitherLanguageOrBothTogetherAreRead() {
    assertThat(positions.code("cs_agent", "position", problems)).isEqualTo("CS_AGENT");
    assertThat(positions.code(" 客服经理 ", "position", problems)).isEqualTo("CS_MANAGER");
    assertThat(positions.code("cs Manager", "position", problems)).isEqualTo("CS_MANAGER");
    assertThat(positions.code("客服专员 (CS_AGENT)", "position", problems)).isEqualTo("CS_AGENT");
    assertThat(positions.code("客服专员（CS_AGENT）", "position", problems)).isEqualTo("CS_AGENT");
    assertThat(problems).isEmpty();
  }

  @Test
  void aLabelOfTwoCodesIsRefusedAsAmbiguousAndAnUnknownTextAsUnknown() {
    CodeLabels stores = new CodeLabels().add("S01", "一店").add("S02", "一店").add("S03", "三店");

    assertThat(stores.code("一店", "storeCode", problems)).isNull();
    assertThat(stores.code("五店", "storeCode", problems)).isNull();
    assertThat(stores.code("一店 (S02)", "storeCode", problems)).isEqualTo("S02");

    assertThat(problems)
        .containsExactly(
            new FieldProblem("storeCode", CodeLabels.AMBIGUOUS),
            new FieldProblem("storeCode", "import.unknownCode"));
  }

  @Test
  void choicesShowEachCodeWithItsLabelBeside() {
    assertThat(positions.choices()).containsExactly("客服专员 (CS_AGENT)", "客服经理 (CS_MANAGER)");
    assertThat(positions.display("CS_MANAGER")).isEqualTo("客服经理 (CS_MANAGER)");
    assertThat(positions.display("NOPE")).isEqualTo("NOPE");
  }

  @Test
  void amountsAcceptGroupingByThousandsAndNothingElse() {
    assertThat(Amounts.parse("3,500")).isEqualByComparingTo("3500");
    assertThat(Amounts.parse("3500.00")).isEqualByComparingTo("3500");
    assertThat(Amounts.parse("1,234,567.5")).isEqualByComparingTo("1234567.5");
    assertThat(Amounts.parse("3.500,00")).isNull();
    assertThat(Amounts.parse("3,50")).isNull();
    assertThat(Amounts.parse("35,00.00")).isNull();
    assertThat(Amounts.parse("3 500")).isNull();
    assertThat(Amounts.parse("1e3")).isNull();
  }
}
