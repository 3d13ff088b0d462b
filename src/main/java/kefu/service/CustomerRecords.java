package kefu.service;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How many customer records (callbacks) each employee entered at a store in a month, and how many
 * of them have every field a scorecard requires filled: what a seat's completeness and entry
 * efficiency are computed from (SPEC §8.3).
 */
public interface CustomerRecords {

  /** The fields of a customer record a scorecard may require. */
  List<String> FIELDS = List.of("customerName", "customerPhone", "reportedData");

  /**
   * By employee code, for those who entered at least one record at the store in the month (by the
   * day in the group's zone).
   */
  Map<String, Count> ofMonth(String storeCode, YearMonth month, Collection<String> requiredFields);

  /** Records entered and, of them, those complete. */
  record Count(int records, int complete) {}
}
