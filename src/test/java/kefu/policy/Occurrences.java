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

  /** One incident at store S1 with no appeal pending. */
  record Made(long id, String type, String employeeCode, LocalDate occurredOn, Amount amount)
      implements Occurrence {

    @Override
    public String storeCode() {
      return "S1";
    }

    @Override
    public int quantity() {
      return amount.quantity();
    }

    @Override
    public Integer minutes() {
      return amount.minutes();
    }

    @Override
    public BigDecimal points() {
      return amount.points();
    }

    @Override
    public boolean appealPending() {
      return false;
    }
  }
}
