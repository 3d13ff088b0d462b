package kefu.settlement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import kefu.incident.MonthLocks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published months: tells the ledger which months are locked (exactly those), and tells the
 * assessment where each employee stood in them.
 */
@Component
public class PublishedMonths implements MonthLocks {

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

  /** Where an employee stood in a published month: its store, score and the ranks of that score. */
  public record Standing(
      YearMonth month,
      String employeeCode,
      String storeCode,
      BigDecimal score,
      Integer rankInStore,
      Integer rankInGroup) {}

  /** The standings of every statement of the published months from {@code from} to {@code to}. */
  @Transactional(readOnly = true)
  public List<Standing> standings(YearMonth from, YearMonth to) {
    return store.standings(from, to);
  }
}
