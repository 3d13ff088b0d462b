package kefu.settlement;

import java.time.YearMonth;
import kefu.incident.MonthLocks;
import org.springframework.stereotype.Component;

/** Tells the ledger which months are locked: exactly the published ones. */
@Component
class PublishedMonths implements MonthLocks {

  private final SettlementStore store;

  PublishedMonths(SettlementStore store) {
    this.store = store;
  }

  @Override
  public boolean isLocked(YearMonth month) {
    return store.isPublished(month);
  }
}
