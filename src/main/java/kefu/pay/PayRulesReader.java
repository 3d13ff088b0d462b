package kefu.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kefu.organization.Position;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;

/**
 * Reads a pack's {@code pay}: {@code base} (its clause), {@code allowances} (code, clause, monthly
 * amount, whether pro-rated), an optional {@code commission} (clause, percent of own sales) and
 * optional {@code orderCommissions} (post, clause, amount per completed order; each post once).
 */
public final class PayRulesReader extends MappingSectionReader<PayRules> {

  /** A percentage above this is a typing slip (200 for 2.00), not a commission. */
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public PayRulesReader() {
    super("pay", PayRules.class, "base", "allowances", "commission", "orderCommissions");
  }

  @Override
  protected PayRules readSection(YamlFields fields, PackOutline pack) {
    boolean complete = true;
    String baseClause = null;
    YamlFields base = fields.object("base", true);
    if (base != null) {
      base.allowOnly("clause");
      baseClause = pack.clause(base);
    }
    List<PayRules.Allowance> allowances = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (YamlFields a : fields.objects("allowances", false)) {
      a.allowOnly("code", "clause", "monthly", "proRated");
      String code = a.code("code", true);
      String clause = pack.clause(a);
      BigDecimal monthly = a.decimal("monthly", true, 2);
      String proRated = a.code("proRated", false, "true|false", "true or false");
      if (code != null && !codes.add(code)) {
        a.problem("code", "repeats allowance " + code);
        code = null;
      }
      if (code == null || clause == null || monthly == null) {
        complete = false;
        continue;
      }
      allowances.add(
          new PayRules.Allowance(
              code, clause, monthly, proRated == null || "true".equals(proRated)));
    }
    PayRules.Commission commission = null;
    YamlFields c = fields.object("commission", false);
    if (c != null) {
      c.allowOnly("clause", "percentOfOwnSales");
      String clause = pack.clause(c);
      BigDecimal percent = c.decimal("percentOfOwnSales", true, 2);
      if (percent != null && percent.compareTo(HUNDRED) > 0) {
        c.problem("percentOfOwnSales", "must be at most 100");
        percent = null;
      }
      if (clause == null || percent == null) {
        complete = false;
      } else {
        commission = new PayRules.Commission(clause, percent);
      }
    }
    List<PayRules.OrderCommission> orders = new ArrayList<>();
    Set<Position> posts = EnumSet.noneOf(Position.class);
    for (YamlFields o : fields.objects("orderCommissions", false)) {
      o.allowOnly("position", "clause", "perOrder");
      Position position = o.choice("position", true, Position.class);
      String clause = pack.clause(o);
      BigDecimal perOrder = o.decimal("perOrder", true, 2);
      if (position != null && !posts.add(position)) {
        o.problem("position", "repeats position " + position);
        position = null;
      }
      if (position == null || clause == null || perOrder == null) {
        complete = false;
        continue;
      }
      orders.add(new PayRules.OrderCommission(position, clause, perOrder));
    }
    if (!complete || baseClause == null) {
      return null;
    }
    return new PayRules(baseClause, allowances, commission, orders);
  }
}
