package kefu.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import kefu.policy.Occurrence;

/**
 * A recorded, not voided incident as the month close sees it. {@code occurredOn} is already the
 * date in the group's zone; {@code employeeCode} is null for store-level incidents; {@code minutes}
 * and {@code points} are null unless the type takes them.
 */
record IncidentFact(
    long id,
    String type,
    String storeCode,
    String employeeCode,
    LocalDate occurredOn,
    int quantity,
    Integer minutes,
    BigDecimal points,
    boolean appealPending)
    implements Occurrence {
  public IncidentFact {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(storeCode, "storeCode");
    Objects.requireNonNull(occurredOn, "occurredOn");
  }
}
