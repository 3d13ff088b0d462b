package kefu.pay;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.assessment.ladder.Levels;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Position;
import kefu.pay.MonthPay.Cited;
import kefu.pay.MonthPay.Employment;
import kefu.policy.Adoption;
import kefu.settlement.MonthEarning;
import kefu.settlement.MonthEarnings;
import kefu.shared.Money;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's pay before fines for the month close: base or level pay and allowances of everyone
 * the month's statements cover, commission on their sales — per order for the posts the pay pack
 * names, else the percentage — and their rewards (SPEC §8.3). The ladder's levels are used where a
 * {@link Levels} bean exists; without one nobody has a level.
 */
@Component
@Transactional(readOnly = true)
class PayEarnings implements MonthEarnings {

  private final Assignments assignments;
  private final PayStore store;
  private final PayPacks packs;
  private final ObjectProvider<Levels> levels;

  PayEarnings(
      Assignments assignments, PayStore store, PayPacks packs, ObjectProvider<Levels> levels) {
    this.assignments = assignments;
    this.store = store;
    this.packs = packs;
    this.levels = levels;
  }

  @Override
  public List<MonthEarning> of(YearMonth month) {
    return of(month, packs.adopted());
  }

  /** The month's pay with the pay sections {@code adoptions} put in force (what-if). */
  @Override
  public List<MonthEarning> of(YearMonth month, List<Adoption> adoptions) {
    return of(month, PayPacks.with(adoptions));
  }

  private List<MonthEarning> of(YearMonth month, PayPacks.InForce packs) {
    List<AssignmentPeriod> posts = assignments.settledIn(month);
    List<String> codes = posts.stream().map(AssignmentPeriod::employeeCode).distinct().toList();
    Map<String, Money> salaries = new HashMap<>();
    assignments.basePay(codes, month).forEach((code, pay) -> salaries.put(code, Money.of(pay)));
    List<Employment> people = MonthPay.employment(month, posts, salaries);
    Map<String, Levels.LevelPay> levelPay =
        Optional.ofNullable(levels.getIfAvailable()).map(l -> l.inForce(month)).orElse(Map.of());
    Map<String, LocalDate> lastDays = lastDays(month, posts);
    List<MonthPay.Sale> sales = new ArrayList<>();
    List<MonthPay.Order> orders = new ArrayList<>();
    for (SaleEntry s : store.sales(month, null, null, false)) {
      Optional<Cited<PayRules.OrderCommission>> perOrder =
          position(posts, s).flatMap(p -> packs.orderCommission(s.storeCode(), s.completedOn(), p));
      if (perOrder.isPresent()) {
        orders.add(new MonthPay.Order(s.id(), s.employeeCode(), perOrder.get()));
        continue;
      }
      packs
          .commission(s.storeCode(), s.completedOn())
          .ifPresent(
              c -> sales.add(new MonthPay.Sale(s.id(), s.employeeCode(), s.amount().amount(), c)));
    }
    List<MonthPay.Reward> rewards =
        store.rewards(month, null, null, false).stream()
            .map(
                r ->
                    new MonthPay.Reward(
                        r.id(),
                        r.employeeCode(),
                        r.type(),
                        r.detail(),
                        r.amount(),
                        r.packId(),
                        r.packVersion(),
                        r.clause()))
            .toList();
    Map<String, Optional<Cited<PayRules>>> rules = new HashMap<>();
    return MonthPay.of(
        people,
        levelPay,
        e ->
            rules.computeIfAbsent(
                e.storeCode() + "|" + lastDays.get(e.employeeCode()),
                k -> packs.pay(e.storeCode(), lastDays.get(e.employeeCode()))),
        sales,
        orders,
        rewards);
  }

  /** The post the employee held at the sale's store on its day (any store if none there). */
  private static Optional<Position> position(List<AssignmentPeriod> posts, SaleEntry sale) {
    return posts.stream()
        .filter(p -> p.employeeCode().equals(sale.employeeCode()) && p.covers(sale.completedOn()))
        .sorted(Comparator.comparing(p -> !p.storeCode().equals(sale.storeCode())))
        .map(p -> Position.valueOf(p.position()))
        .findFirst();
  }

  /** Each employee's last day employed in the month: the pay pack in force then is theirs. */
  private static Map<String, LocalDate> lastDays(YearMonth month, List<AssignmentPeriod> posts) {
    Map<String, LocalDate> last = new HashMap<>();
    for (AssignmentPeriod p : posts) {
      LocalDate end =
          p.to() == null || p.to().isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : p.to();
      last.merge(p.employeeCode(), end, (a, b) -> a.isAfter(b) ? a : b);
    }
    return last;
  }
}
