package kefu.service.cases;

/** A complaint, or praise recorded the same way. Only complaints run against the SLA. */
public enum ComplaintKind {
  COMPLAINT,
  PRAISE
}
