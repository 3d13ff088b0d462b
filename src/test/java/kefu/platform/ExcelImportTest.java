package kefu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cell values are taken exactly as typed or refused with a message on their field. */
class ExcelImportTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final List<FieldProblem> problems = new ArrayList<>();

  @Test
  void aDayThatDoesNotExistIsRefusedNotMovedToTheMonthsEnd() {
    assertThat(ExcelImport.date("2026-11-31", "hiredOn", problems)).isNull();
    assertThat(ExcelImport.dateTime("2026-11-31 09:20", SHANGHAI, "occurredAt", problems)).isNull();
    assertThat(ExcelImport.dateTime("2026-02-29", SHANGHAI, "occurredAt", problems)).isNull();
    assertThat(problems)
        .extracting(FieldProblem::message)
        .containsExactly("import.badDate", "import.badDateTime", "import.badDate");
  }

  @Test
  void yearsOutsideNineteenHundredToTwentyNineNinetyNineAreRefused() {
    assertThat(ExcelImport.date("0000-01-01", "hiredOn", problems)).isNull();
    assertThat(ExcelImport.date("+99999-01-01", "hiredOn", problems)).isNull();
    assertThat(ExcelImport.dateTime("1899-12-31 09:20", SHANGHAI, "occurredAt", problems)).isNull();
    assertThat(problems)
        .extracting(FieldProblem::message)
        .containsExactly("import.yearOutOfRange", "import.yearOutOfRange", "import.yearOutOfRange");
    assertThat(ExcelImport.date("2999-12-31", "hiredOn", problems)).isEqualTo("2999-12-31");
    assertThat(ExcelImport.date("2026/01/05", "hiredOn", problems)).isEqualTo("2026-01-05");
  }

  @Test
  void aTimeIsLocalToTheGroupsZoneAndKeepsItsMinutes() {
    OffsetDateTime t = ExcelImport.dateTime("2026-11-03 09:20", SHANGHAI, "occurredAt", problems);
    assertThat(t.toInstant()).isEqualTo("2026-11-03T01:20:00Z");
    assertThat(ExcelImport.dateTime("2026-11-03T09:20:15", SHANGHAI, "occurredAt", problems))
        .isEqualTo(OffsetDateTime.parse("2026-11-03T09:20:15+08:00"));
    assertThat(ExcelImport.dateTime("2026-11-03", SHANGHAI, "occurredAt", problems))
        .isEqualTo(OffsetDateTime.parse("2026-11-03T00:00+08:00"));
    assertThat(ExcelImport.dateTime("2026-11-03 25:00", SHANGHAI, "occurredAt", problems)).isNull();
    assertThat(problems).extracting(FieldProblem::message).containsExactly("import.badDateTime");
  }

  @Test
  void aFractionIsNotCutToAWholeNumber() {
    assertThat(ExcelImport.integer("1.5", "quantity", problems)).isNull();
    assertThat(ExcelImport.integer("abc", "quantity", problems)).isNull();
    assertThat(ExcelImport.integer("2.0", "quantity", problems)).isEqualTo(2);
    assertThat(problems)
        .extracting(FieldProblem::message)
        .containsExactly("import.notWholeNumber", "import.badNumber");
  }

  @Test
  void moreDecimalPlacesThanTheFieldKeepsAreRefusedNotRounded() {
    assertThat(ExcelImport.decimal("0.75", "points", 1, problems)).isNull();
    assertThat(ExcelImport.decimal("0.50", "points", 1, problems)).isEqualByComparingTo("0.5");
    assertThat(ExcelImport.decimal("3000.125", "baseSalary", 2, problems)).isNull();
    assertThat(ExcelImport.decimal("", "points", 1, problems)).isNull();
    assertThat(problems)
        .containsExactly(
            new FieldProblem("points", "import.tooManyDecimals"),
            new FieldProblem("baseSalary", "import.tooManyDecimals"));
  }

  @Test
  void aTimeWithItsOffsetIsTheSameMomentInTheGroupsZone() {
    var t =
        ExcelImport.dateTime(
            "2026-11-03T01:20:00Z", java.time.ZoneId.of("Asia/Shanghai"), "occurredAt", problems);
    assertThat(problems).isEmpty();
    assertThat(t.toLocalDateTime()).isEqualTo("2026-11-03T09:20");
    assertThat(t.getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
  }

  enum Colour {
    RED
  }

  @Test
  void aCodeIsOneOfItsNamesInAnyCase() {
    assertThat(ExcelImport.code(Colour.class, " red ", "colour", problems)).isEqualTo(Colour.RED);
    assertThat(ExcelImport.code(Colour.class, "BLUE", "colour", problems)).isNull();
    assertThat(problems).containsExactly(new FieldProblem("colour", "import.unknownCode"));
  }
}
