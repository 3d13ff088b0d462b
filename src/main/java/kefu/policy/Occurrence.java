package kefu.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * What a rule needs to know about one recorded incident. The incident ledger's rows implement it,
 * so a month of incidents reaches the rules without being copied.
 */
public interface Occurrence {

  /** Date, then id: the order in which free allowances are used up. */
  Comparator<Occurrence> IN_TIME_ORDER =
      Comparator.comparing(Occurrence::occurredOn).thenComparingLong(Occurrence::id);

  long id();

  /** The incident type's code. */
  String type();

  String storeCode();

  /** Null for a store-level incident. */
  String employeeCode();

  /** The date in the group's zone. */
  LocalDate occurredOn();

  int quantity();

  /** Null unless the type takes minutes. */
  Integer minutes();

  /** Null unless the type takes points chosen on the incident. */
  BigDecimal points();

  boolean appealPending();
}
