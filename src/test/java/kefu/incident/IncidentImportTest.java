package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.platform.CodeLabels;
import kefu.platform.FieldProblem;
import kefu.platform.SheetRow;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyPack;
import org.junit.jupiter.api.Test;

/** Reading an incident row, without Spring: the time in the group's zone, numbers exactly. */
class IncidentImportTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static SheetRow row(String... cells) {
    return new SheetRow(2, List.of(cells), Map.of());
  }

  @Test
  void aRowIsReadWithItsTimeInTheGroupsZone() {
    List<FieldProblem> problems = new ArrayList<>();
    RecordIncident.Params p =
        IncidentImport.parse(
            row("LATE_ARRIVAL", "S01", "E105", "2026-11-03 09:20", "1", "10", "0.5", "迟到"),
            SHANGHAI,
            problems);
    assertThat(problems).isEmpty();
    assertThat(p.occurredAt().toInstant()).isEqualTo("2026-11-03T01:20:00Z");
    assertThat(p.quantity()).isEqualTo(1);
    assertThat(p.minutes()).isEqualTo(10);
    assertThat(p.points()).isEqualByComparingTo("0.5");
  }

  @Test
  void aFractionalQuantityAnImpossibleDayAndHundredthsOfAPointAreRefused() {
    List<FieldProblem> problems = new ArrayList<>();
    IncidentImport.parse(
        row("LATE_ARRIVAL", "S01", "E105", "2026-11-31 09:20", "1.5", "10", "0.75", ""),
        SHANGHAI,
        problems);
    assertThat(problems)
        .containsExactly(
            new FieldProblem("occurredAt", "import.badDateTime"),
            new FieldProblem("quantity", "import.notWholeNumber"),
            new FieldProblem("points", "import.tooManyDecimals"));
  }

  @Test
  void typesAreReadByTheirChineseLabelAmongThePacksInForceThatDayAndStoresByName() {
    PolicyPack tenPoints = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();
    IncidentImport.Codes codes =
        new IncidentImport.Codes(
            new CodeLabels().add("S01", "一店").add("S02", "二店"),
            List.of(
                new Adoption(tenPoints, LocalDate.parse("2026-10-01"), Set.of("S01")),
                new Adoption(
                    BuiltInPacks.byId("group-cs-2010").orElseThrow(),
                    LocalDate.parse("2026-01-01"),
                    null)),
            SHANGHAI);
    List<FieldProblem> problems = new ArrayList<>();

    SheetRow inForce =
        codes.read(row("迟到", "一店", "E105", "2026-11-03 09:20", "1", "10", "", ""), problems);
    SheetRow beforeAdoption =
        codes.read(row("迟到", "一店", "E105", "2026-09-30 09:20", "1", "10", "", ""), problems);
    SheetRow otherStore =
        codes.read(row("迟到", "S02", "E205", "2026-11-03 09:20", "1", "10", "", ""), problems);

    assertThat(problems).isEmpty();
    assertThat(inForce.cells()).startsWith("LATE_ARRIVAL", "S01");
    // where no pack in force gives the label a type, it stays as typed for recording to refuse
    assertThat(beforeAdoption.cell(0)).isEqualTo("迟到");
    assertThat(otherStore.cells()).startsWith("迟到", "S02");
  }
}
