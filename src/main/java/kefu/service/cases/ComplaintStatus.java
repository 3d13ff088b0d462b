package kefu.service.cases;

/** Where a complaint form (顾客抱怨处理单) stands. */
public enum ComplaintStatus {
  RECEIVED,
  ACKNOWLEDGED,
  PAUSED,
  RESOLVED,
  CLOSED
}
