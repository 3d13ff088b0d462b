package kefu.service.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One action taken on a complaint, with its time, note and who recorded it: its history. */
@Embeddable
public class Step {

  /** The actions a complaint takes, in the words of the API path. */
  public enum Action {
    ACKNOWLEDGE,
    PAUSE,
    RESUME,
    RESOLVE,
    CLOSE,
    REPORT_TO_GROUP,
    EXPLANATION,
    EXPLANATION_DECISION
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "action")
  private Action action;

  @Column(name = "at")
  private Instant at;

  @Column(name = "note")
  private String note;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Step() {}

  Step(Action action, Instant at, String note, String recordedBy) {
    this.action = action;
    this.at = at;
    this.note = note;
    this.recordedBy = recordedBy;
  }

  public Action getAction() {
    return action;
  }

  public Instant getAt() {
    return at;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
