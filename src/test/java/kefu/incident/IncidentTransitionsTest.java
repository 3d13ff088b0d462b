package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kefu.audit.AuditAction;
import kefu.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The incident's own rules for voiding and appeals, and the events each change registers. */
class IncidentTransitionsTest {

  static final Instant AT = RecordedIncidents.RECORDED_AT;

  /** A recorded incident as the ledger holds it: saved, with an id, its recording announced. */
  static Incident stored(long id) {
    return RecordedIncidents.complaint(id);
  }

  @Test
  void aNewIncidentAnnouncesItsRecordingOnceItHasItsId() {
    Incident incident = stored(7);
    ReflectionTestUtils.setField(incident, "justRecorded", true);

    assertThat(incident.domainEvents())
        .singleElement()
        .isEqualTo(new IncidentRecorded(7, incident.snapshot(), "s01cs", AT));
    incident.clearDomainEvents();
    assertThat(incident.domainEvents()).isEmpty();
  }

  @Test
  void voidingTakesTheIncidentOutAndRegistersIncidentVoided() {
    Incident incident = stored(7);

    incident.voidBecause("重复登记", "s01cs", AT);

    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.VOIDED);
    assertThat(incident.getVoidReason()).isEqualTo("重复登记");
    IncidentVoided voided = (IncidentVoided) incident.domainEvents().get(0);
    assertThat(incident.domainEvents()).hasSize(1);
    assertThat(voided.reason()).isEqualTo("重复登记");
    assertThat(voided.before()).containsEntry("status", "RECORDED");
    assertThat(voided.after())
        .containsEntry("status", "VOIDED")
        .containsEntry("voidReason", "重复登记");
    assertThat(voided.auditRecord())
        .isEqualTo(
            new AuditRecord(
                AuditAction.UPDATE, "incident", "7", voided.before(), voided.after(), "s01cs", AT));
  }

  @Test
  void aVoidedIncidentCannotBeVoidedOrAppealedAgain() {
    Incident incident = stored(7);
    incident.voidBecause("重复登记", "s01cs", AT);
    incident.clearDomainEvents();

    assertThatThrownBy(() -> incident.voidBecause("again", "s01cs", AT))
        .hasMessage("incident.alreadyVoided");
    assertThatThrownBy(() -> incident.appeal("not me", "staff", AT))
        .hasMessage("incident.alreadyVoided");
    assertThat(incident.domainEvents()).isEmpty();
  }

  @Test
  void anAppealIsOpenedOnceAtATime() {
    Incident incident = stored(7);

    incident.appeal("顾客误会", "staff", AT);

    assertThat(incident.getAppealStatus()).isEqualTo(AppealStatus.PENDING);
    assertThat(incident.domainEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            IncidentAppealed.class,
            e -> {
              assertThat(e.by()).isEqualTo("staff");
              assertThat(e.before()).containsEntry("appealStatus", null);
              assertThat(e.after()).containsEntry("appealStatus", "PENDING");
            });
    assertThatThrownBy(() -> incident.appeal("again", "staff", AT))
        .hasMessage("appeal.alreadyPending");
    assertThat(incident.domainEvents()).hasSize(1);
  }

  @Test
  void grantingAnAppealVoidsTheIncidentAsOneDecision() {
    Incident incident = stored(7);
    incident.appeal("顾客误会", "staff", AT);
    incident.clearDomainEvents();

    incident.decideAppeal(true, "核实属实", "s01cs", AT, false);

    assertThat(incident.getAppealStatus()).isEqualTo(AppealStatus.GRANTED);
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.VOIDED);
    assertThat(incident.getAppealDecidedBy()).isEqualTo("s01cs");
    assertThat(incident.domainEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            AppealDecided.class,
            e -> {
              assertThat(e.granted()).isTrue();
              assertThat(e.before()).containsEntry("status", "RECORDED");
              assertThat(e.after())
                  .containsEntry("status", "VOIDED")
                  .containsEntry("appealStatus", "GRANTED");
            });
  }

  @Test
  void upholdingAnAppealKeepsTheIncident() {
    Incident incident = stored(7);
    incident.appeal("顾客误会", "staff", AT);
    incident.clearDomainEvents();

    incident.decideAppeal(false, "录音为证", "s01cs", AT, false);

    assertThat(incident.getAppealStatus()).isEqualTo(AppealStatus.UPHELD);
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.RECORDED);
    assertThat(incident.domainEvents())
        .singleElement()
        .isInstanceOfSatisfying(AppealDecided.class, e -> assertThat(e.granted()).isFalse());
  }

  @Test
  void onlyAPendingAppealCanBeDecided() {
    Incident incident = stored(7);

    assertThatThrownBy(() -> incident.decideAppeal(true, "why", "s01cs", AT, false))
        .hasMessage("appeal.notPending");
    incident.appeal("顾客误会", "staff", AT);
    incident.decideAppeal(false, "录音为证", "s01cs", AT, false);
    assertThatThrownBy(() -> incident.decideAppeal(true, "twice", "s01cs", AT, false))
        .hasMessage("appeal.notPending");
  }
}
