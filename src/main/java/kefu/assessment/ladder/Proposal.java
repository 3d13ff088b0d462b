package kefu.assessment.ladder;

import java.util.List;
import kefu.organization.Level;

/**
 * A level change Kefu proposes as of a day, with the evidence for it: a promotion when every
 * condition of the next step holds, a demotion when any trigger of the current level fired. It
 * changes nothing until it is recommended and approved.
 */
public record Proposal(
    String employeeCode,
    Level from,
    Level to,
    ProposalKind kind,
    String clause,
    List<Evidence> evidence) {

  public Proposal {
    evidence = List.copyOf(evidence);
  }
}
