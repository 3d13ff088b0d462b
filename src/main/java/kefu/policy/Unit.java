package kefu.policy;

/** What one unit of an incident's quantity counts. */
public enum Unit {
  OCCURRENCE,
  DAY,
  CUSTOMER,
  ITEM,
  REPORT,
  TASK,
  MAIL,
  MEETING,
  SUBMISSION,
  STORE_INCIDENT
}
