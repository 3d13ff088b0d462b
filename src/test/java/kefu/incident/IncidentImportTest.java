package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kefu.platform.FieldProblem;
import kefu.platform.SheetRow;
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
}
