package kefu.settlement;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * How many customer records each employee entered at a store in a month, and how many of them have
 * every field a scorecard requires filled: what a seat's completeness and entry efficiency are
 * computed from (SPEC §8.3). Each module that keeps customer records (callbacks, member files)
 * declares one bean of this type; the scorecard adds up what all of them count.
 */
@NamedInterface("spi")
public interface CustomerRecords {

  /** The fields of a customer record a scorecard may require. */
  List<String> FIELDS = List.of("customerName", "customerPhone", "reportedData");

  /**
   * By employee code, for those who entered at least one record at the store in the month (by the
   * day in the group's zone). A field a kind of record does not have (a member file has no reported
   * data) is not asked of it.
   */
  Map<String, Count> ofMonth(String storeCode, YearMonth month, Collection<String> requiredFields);

  /** Records entered and, of them, those complete. */
  record Count(int records, int complete) {
    public static final Count NONE = new Count(0, 0);

    /** Both counts added up. */
    public Count plus(Count other) {
      return new Count(records + other.records, complete + other.complete);
    }
  }
}
