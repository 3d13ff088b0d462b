package kefu.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Incidents made up by the rule-kind tests, as the rules read them: at store S1, no appeal. */
final class Occurrences {

  private Occurrences() {}

  /** How much happened: units, and the minutes or points where the type takes them. */
  record Amount(int quantity, Integer minutes, BigDecimal points) {

    static Amount units(int quantity) {
      return new Amount(quantity, null, null);
    }
  }

  /** An incident at store S1 with no appeal pending, reading how much happened off its amount. */
  interface AtStoreS1 extends Occurrence {

    Amount amount();

    default String storeCode() {
      return "S1";
    }

    default int quantity() {
      return amount().quantity();
    }

    default Integer minutes() {
      return amount().minutes();
    }

    default BigDecimal points() {
      return amount().points();
    }

    default boolean appealPending() {
      return false;
    }
  }

  /** One made-up incident. */
  record Made(long id, String type, String employeeCode, LocalDate occurredOn, Amount amount)
      implements AtStoreS1 {}
}
