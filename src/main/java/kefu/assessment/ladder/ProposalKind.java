package kefu.assessment.ladder;

/** Whether a level change goes up the ladder or down it. */
public enum ProposalKind {
  PROMOTION,
  DEMOTION
}
