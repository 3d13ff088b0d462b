package kefu.registers.dutylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.RuleRefused;
import org.junit.jupiter.api.Test;

/** The duty log's own rules, without Spring: when a major event's report is due, and once. */
class DutyEntryTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static DutyEntry entry(boolean major, String endedAt) {
    Instant end = Instant.parse(endedAt);
    return new DutyEntry(
        "S01",
        "E105",
        end.minusSeconds(8 * 3600),
        end,
        SHANGHAI,
        "漏水",
        "已报修",
        major,
        null,
        "s01cs",
        end);
  }

  @Test
  void aMajorEventsReportIsDueAtTheLastSecondOfTheNextDayInTheGroupsZone() {
    // 23:30 on 8 October in Shanghai is 15:30 UTC: the report is due at 9 October 23:59:59 there
    DutyEntry e = entry(true, "2026-10-08T15:30:00Z");

    assertThat(e.getEndedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(e.getReportDue()).isEqualTo(Instant.parse("2026-10-09T15:59:59Z"));
    assertThat(e.reportMissingAt(Instant.parse("2026-10-09T15:59:59Z"))).isFalse();
    assertThat(e.reportMissingAt(Instant.parse("2026-10-09T16:00:00Z"))).isTrue();
  }

  @Test
  void anOrdinaryShiftOwesNoReportAndTakesNone() {
    DutyEntry e = entry(false, "2026-10-08T10:00:00Z");

    assertThat(e.getReportDue()).isNull();
    assertThat(e.reportMissingAt(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    assertThatThrownBy(() -> e.writeReport("报告", "s01cs", Instant.parse("2026-10-08T12:00:00Z")))
        .isInstanceOf(RuleRefused.class)
        .hasMessage("dutylog.notMajor");
  }

  @Test
  void theReportIsWrittenOnceAndALateOneShowsAsLate() {
    DutyEntry e = entry(true, "2026-10-08T10:00:00Z");
    e.clearDomainEvents();

    assertThatThrownBy(() -> e.writeReport(" ", "s01cs", Instant.parse("2026-10-09T12:00:00Z")))
        .isInstanceOf(BadInput.class);
    e.writeReport(" 水管破裂，已关阀门 ", "s01cs", Instant.parse("2026-10-10T01:00:00Z"));

    assertThat(e.getReportText()).isEqualTo("水管破裂，已关阀门");
    assertThat(e.reportLate()).isTrue();
    assertThat(e.reportMissingAt(Instant.parse("2026-10-11T00:00:00Z"))).isFalse();
    assertThat(e.domainEvents())
        .singleElement()
        .satisfies(c -> assertThat(c.change()).isEqualTo("REPORTED"));
    assertThatThrownBy(() -> e.writeReport("再写", "s01cs", Instant.parse("2026-10-10T02:00:00Z")))
        .isInstanceOf(Conflict.class)
        .hasMessage("dutylog.reportWritten");
  }
}
