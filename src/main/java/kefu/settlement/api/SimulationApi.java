package kefu.settlement.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.settlement.MonthSimulation;
import kefu.settlement.Simulation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What-if over REST: a month settled with a saved version or a draft in place of a pack's. */
@RestController
@Tag(name = "Settlement")
record SimulationApi(MonthSimulation simulation, CurrentUser currentUser) {

  record SimulationRequest(String month, Integer version, String yaml, List<String> storeCodes) {}

  /** {@code score} and {@code netPay} are null where the statement carries none. */
  record FiguresView(
      BigDecimal fineTotal,
      BigDecimal pointsDeducted,
      BigDecimal pointsRemaining,
      List<String> flags,
      BigDecimal score,
      BigDecimal netPay) {
    static FiguresView of(Simulation.Figures f) {
      return new FiguresView(
          f.fineTotal().amount(),
          f.pointsDeducted().value(),
          f.pointsRemaining() == null ? null : f.pointsRemaining().value(),
          f.flags(),
          f.score(),
          amount(f.netPay()));
    }
  }

  record ChangeView(String employeeCode, String storeCode, FiguresView before, FiguresView after) {}

  record TotalsView(
      BigDecimal fineTotal, BigDecimal pointsDeducted, int flagged, BigDecimal netPay) {
    static TotalsView of(Simulation.Totals t) {
      return new TotalsView(
          t.fineTotal().amount(), t.pointsDeducted().value(), t.flagged(), amount(t.netPay()));
    }
  }

  private static BigDecimal amount(kefu.shared.Money m) {
    return m == null ? null : m.amount();
  }

  record BeforeAfter(TotalsView before, TotalsView after) {}

  record SimulationView(
      String month,
      String packId,
      Simulation.Version replaces,
      BeforeAfter totals,
      List<ChangeView> statements) {}

  @PostMapping("/api/v1/policy-packs/{packId}/simulations")
  SimulationView simulate(@PathVariable String packId, @RequestBody SimulationRequest req) {
    Simulation s =
        simulation.simulate(
            currentUser.scope(),
            new MonthSimulation.Order(
                packId,
                req.version(),
                req.yaml(),
                req.month() == null ? null : SettlementApi.month(req.month()),
                req.storeCodes()));
    return new SimulationView(
        s.month().toString(),
        s.packId(),
        s.replaces(),
        new BeforeAfter(TotalsView.of(s.before()), TotalsView.of(s.after())),
        s.changes().stream()
            .map(
                c ->
                    new ChangeView(
                        c.employeeCode(),
                        c.storeCode(),
                        FiguresView.of(c.before()),
                        FiguresView.of(c.after())))
            .toList());
  }
}
