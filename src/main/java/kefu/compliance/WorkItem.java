package kefu.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of work a store owes: a deadline's period (a day, a week, a month, two months, a year)
 * or one record that arose (an OA task, a manufacturer mail, {@code refId}), with its due instant,
 * how many pieces it needs and how many days of notice excuse it (0: any notice before it is due).
 */
public record WorkItem(
    String storeCode,
    Deadline deadline,
    LocalDate periodStart,
    LocalDate periodEnd,
    Long refId,
    Instant dueAt,
    int noticeDaysNeeded) {

  public WorkItem {
    Objects.requireNonNull(storeCode, "storeCode");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /**
   * What identifies the item wherever it is stored: store, deadline and period start, or the record
   * it arose from. One incident per key, ever.
   */
  public String key() {
    return key(storeCode, deadline.code(), periodStart, refId);
  }

  public static String key(String storeCode, String deadline, LocalDate periodStart, Long refId) {
    return storeCode
        + "|"
        + deadline
        + "|"
        + (refId == null ? periodStart.toString() : "#" + refId);
  }

  public int required() {
    return deadline.required();
  }
}
