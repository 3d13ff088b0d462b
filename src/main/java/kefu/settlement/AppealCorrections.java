package kefu.settlement;

import java.util.Optional;
import kefu.incident.AppealDecided;
import kefu.incident.LateCorrections;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An appeal granted after its month was published becomes a correction in the next open month,
 * citing the incident; the published month stays as it was. Runs after the decision commits, in a
 * transaction of its own, at least once per decision: the month close carries each incident once.
 */
@Component
class AppealCorrections implements LateCorrections {

  private final MonthClose close;
  private final SettlementStore store;

  AppealCorrections(MonthClose close, SettlementStore store) {
    this.close = close;
    this.store = store;
  }

  @ApplicationModuleListener
  void on(AppealDecided decided) {
    if (decided.granted() && decided.afterPublication()) {
      close.carryGrantedAppeal(
          decided.month(), decided.incidentId(), decided.reason(), decided.by(), decided.at());
    }
  }

  @Override
  public Optional<Carried> of(long incidentId) {
    return store.appealCorrection(incidentId);
  }
}
