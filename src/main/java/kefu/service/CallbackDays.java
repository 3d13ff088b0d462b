package kefu.service;

import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The days on which stores recorded callbacks, for work that a day's callback records meet (doc 000
 * §1: a store's callback data for the day, SPEC §8.1). A small read-only query, so the module that
 * judges that work depends on this one and not the other way round.
 */
@NamedInterface("callback-days")
public interface CallbackDays {

  /**
   * For every store (or only {@code storeCode}, when given) and every day of {@code from..to} (both
   * inclusive, in the group's zone) with at least one callback: when its first one was recorded.
   */
  List<CallbackDay> recorded(String storeCode, LocalDate from, LocalDate to);
}
