package kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kefu.assessment.AssessmentRecorded;
import kefu.assessment.ladder.LadderEvents;
import kefu.assessment.ladder.ProposalKind;
import kefu.assessment.ladder.Recommendation;
import kefu.assessment.ladder.Title;
import kefu.compliance.ComplianceEvents;
import kefu.incident.AppealDecided;
import kefu.incident.IncidentAppealed;
import kefu.incident.IncidentRecorded;
import kefu.incident.IncidentVoided;
import kefu.organization.Level;
import kefu.organization.RecordChanged;
import kefu.pay.PayEntryRecorded;
import kefu.pay.PayEntryVoided;
import kefu.policy.PackAdopted;
import kefu.policy.PackVersionStored;
import kefu.registers.RegisterEntryRecorded;
import kefu.registers.desk.RegisterEntryChanged;
import kefu.registers.lostfound.ClaimantUnmasked;
import kefu.service.PhoneUnmasked;
import kefu.service.callback.CallbackRecorded;
import kefu.service.callback.RecordingAttached;
import kefu.settlement.CorrectionRecorded;
import kefu.settlement.MonthComputed;
import kefu.settlement.MonthPublished;
import kefu.settlement.MonthSimulated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event waiting in the registry is stored as JSON and read back when it is resubmitted; what it
 * reads back as must write the very entry the original would have.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditedEventsTest {

  static final Instant AT = Instant.parse("2026-09-10T02:00:00.123456789Z");
  static final Map<String, Object> VALUES = values();

  static final Recommendation LEVEL_CHANGE =
      new Recommendation(
          4,
          "E104",
          "S01",
          Level.JUNIOR,
          Level.INTERMEDIATE,
          ProposalKind.PROMOTION,
          "月均第一",
          "cs-promotion-ladder",
          1,
          "§14.4.2",
          "s01cs",
          AT,
          Recommendation.Status.RECOMMENDED,
          null,
          null,
          null);

  static final List<Audited> SAMPLES =
      List.of(
          new IncidentRecorded(7, VALUES, "s01cs", AT),
          new IncidentVoided(7, "重复登记", "s01cs", AT, VALUES, VALUES),
          new IncidentAppealed(7, "顾客误会", "staff", AT, VALUES, VALUES),
          new AppealDecided(
              7, true, "核实属实", "s01cs", AT, VALUES, VALUES, YearMonth.of(2026, 9), false),
          new MonthComputed(YearMonth.of(2026, 9), 25, "1250.00", "groupcs", AT),
          new MonthPublished(YearMonth.of(2026, 9), 25, "1250.00", "groupcs", AT),
          new CorrectionRecorded(
              "E104",
              YearMonth.of(2026, 10),
              Map.of("fine", "-50.00", "incidentIds", List.of(7L, 8L)),
              "groupcs",
              AT),
          new PackVersionStored("group-cs-2010 v2", VALUES, "admin", AT),
          new PackAdopted(
              3, Map.of("storeCodes", new TreeSet<>(Set.of("S02", "S01"))), "admin", AT),
          new RecordChanged(
              RecordChanged.Kind.STORE, "S01", AuditAction.UPDATE, VALUES, VALUES, "admin", AT),
          new ComplianceEvents.DutySet(5, VALUES, "s01cs", AT),
          new ComplianceEvents.WorkSubmitted(
              9, "S01|WEEKLY_REPORT|2026-09-07", VALUES, "s01cs", AT),
          new ComplianceEvents.NoticeGiven(4, "S01|MONTHLY_REPORT|2026-09-01", VALUES, "s01cs", AT),
          new ComplianceEvents.WorkArose("oa_task", 2, VALUES, "groupcs", AT),
          new ComplianceEvents.SweepRan(AT, List.of(11L, 12L), "groupcs", AT),
          new RegisterEntryChanged("handover", 7L, "SIGNED", VALUES, VALUES, "staff", AT),
          new MonthSimulated(
              YearMonth.of(2026, 9),
              "group-cs-2010",
              2,
              new TreeSet<>(Set.of("S01")),
              3,
              "groupcs",
              AT),
          new PhoneUnmasked("callback", 12, "S01", "groupcs", AT),
          new PhoneUnmasked("complaint", 13, "S01", "groupcs", AT),
          new CallbackRecorded(12, VALUES, "s01cs", AT),
          new RecordingAttached(12, Map.of(), VALUES, "s01cs", AT),
          new ClaimantUnmasked(3, "S01", "groupcs", AT),
          new RegisterEntryRecorded("key-loan", 5, VALUES, "s01cs", AT),
          new AssessmentRecorded("scorecard", "2026-09|E104", null, VALUES, "s01cs", AT),
          new LadderEvents.TitleAwarded(
              3, "E104", Title.OUTSTANDING_CS, LocalDate.of(2026, 9, 30), "groupcs", AT),
          new LadderEvents.LevelChangeRecommended(4, LEVEL_CHANGE, "s01cs", AT),
          new LadderEvents.LevelChangeDecided(
              LEVEL_CHANGE,
              LEVEL_CHANGE.decided(true, LocalDate.of(2026, 10, 1), "boss", AT),
              "boss",
              AT),
          new PayEntryRecorded("reward-entry", 6, VALUES, "s01cs", AT),
          new PayEntryVoided("sale-entry", 8, VALUES, VALUES, "s01cs", AT));

  @Autowired EventSerializer serializer;
  @Autowired JsonMapper json;

  @Test
  void everyAuditedEventReadsBackFromTheRegistryAsTheSameEntry() {
    for (Audited event : SAMPLES) {
      Object stored = serializer.serialize(event);
      Audited readBack = (Audited) serializer.deserialize(stored, event.getClass());

      assertThat(serializer.serialize(readBack)).as(event.getClass().getName()).isEqualTo(stored);
      assertThat(json.writeValueAsString(readBack.auditRecord()))
          .isEqualTo(json.writeValueAsString(event.auditRecord()));
    }
  }

  @Test
  void everyAuditedEventTypeHasASampleHere() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Audited.class));
    Set<String> types =
        scanner.findCandidateComponents("kefu").stream()
            .map(b -> b.getBeanClassName())
            .collect(Collectors.toSet());
    assertThat(SAMPLES.stream().map(e -> e.getClass().getName()).collect(Collectors.toSet()))
        .isEqualTo(types);
  }

  private static Map<String, Object> values() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "ATTITUDE_COMPLAINT");
    m.put("quantity", 2);
    m.put("points", "1.5");
    m.put("note", null);
    m.put("builtIn", false);
    return m;
  }
}
