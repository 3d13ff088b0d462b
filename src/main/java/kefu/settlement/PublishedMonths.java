package kefu.settlement;

import java.time.YearMonth;
import kefu.incident.MonthLocks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells the ledger which months are locked: exactly the published ones. */
@Component
class PublishedMonths implements MonthLocks {

  private final SettlementStore store;

  PublishedMonths(SettlementStore store) {
    this.store = store;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean holdOpen(YearMonth month) {
    return store.holdOpen(month);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isClosed(YearMonth month) {
    return store.isPublished(month);
  }
}
