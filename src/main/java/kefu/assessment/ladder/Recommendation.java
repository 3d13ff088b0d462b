package kefu.assessment.ladder;

import java.time.Instant;
import java.time.LocalDate;
import kefu.organization.Level;

/**
 * A level change recommended for an employee, and where it stands: RECOMMENDED until an executive
 * decides, then APPROVED (holding from {@code effectiveFrom}, the first day of the month after the
 * approval) or REJECTED.
 */
public record Recommendation(
    long id,
    String employeeCode,
    String storeCode,
    Level from,
    Level to,
    ProposalKind kind,
    String reason,
    String packId,
    int packVersion,
    String clause,
    String recommendedBy,
    Instant recommendedAt,
    Status status,
    LocalDate effectiveFrom,
    String decidedBy,
    Instant decidedAt) {

  /** Where a recommendation stands. */
  public enum Status {
    RECOMMENDED,
    APPROVED,
    REJECTED
  }

  /** This recommendation as decided. */
  public Recommendation decided(boolean approved, LocalDate from, String by, Instant at) {
    return new Recommendation(
        id,
        employeeCode,
        storeCode,
        this.from,
        to,
        kind,
        reason,
        packId,
        packVersion,
        clause,
        recommendedBy,
        recommendedAt,
        approved ? Status.APPROVED : Status.REJECTED,
        approved ? from : null,
        by,
        at);
  }
}
