package kefu.registers.members;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One callback to a member: when, by whom, and what came of it. */
@Embeddable
public class MemberCallback {

  private Instant calledAt;
  private String calledBy;
  private String outcome;

  protected MemberCallback() {}

  MemberCallback(Instant calledAt, String calledBy, String outcome) {
    this.calledAt = calledAt;
    this.calledBy = calledBy;
    this.outcome = outcome;
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public String getOutcome() {
    return outcome;
  }
}
