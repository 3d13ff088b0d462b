package kefu.policy;

import java.time.LocalDate;
import java.util.List;

/** Who held a position in a store on a day; the caller knows the effective-dated assignments. */
@FunctionalInterface
public interface AssignmentLookup {
  /** The employee codes holding {@code position} at {@code storeCode} on {@code date}, sorted. */
  List<String> holders(String storeCode, String position, LocalDate date);
}
