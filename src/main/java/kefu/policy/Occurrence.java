package kefu.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a fine rule needs to know about one incident: where, who (may be null for store-level
 * incidents), when, and how many units.
 */
public record Occurrence(String storeCode, String employeeCode, LocalDate date, int quantity) {
  public Occurrence {
    Objects.requireNonNull(storeCode, "storeCode");
    Objects.requireNonNull(date, "date");
  }
}
