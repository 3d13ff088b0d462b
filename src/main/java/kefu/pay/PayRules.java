package kefu.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kefu.organization.Position;

/**
 * The {@code pay} section of a pack (doc 002 variant 6): the clause base pay answers to, the
 * monthly allowances on top of it (pro-rated by calendar days employed or not), the commission on
 * the employee's own completed sales and, for the posts it names, a fixed commission per completed
 * order instead of that percentage.
 */
public record PayRules(
    String baseClause,
    List<Allowance> allowances,
    Commission commission,
    List<OrderCommission> orderCommissions) {

  public PayRules {
    Objects.requireNonNull(baseClause, "baseClause");
    allowances = List.copyOf(allowances);
    orderCommissions = List.copyOf(orderCommissions);
  }

  /** The per-order commission of the post, if the section names it. */
  public Optional<OrderCommission> orderCommission(Position position) {
    return orderCommissions.stream().filter(o -> o.position() == position).findFirst();
  }

  /** A fixed monthly allowance such as the meal allowance. */
  public record Allowance(String code, String clause, BigDecimal monthly, boolean proRated) {
    public Allowance {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(monthly, "monthly");
    }
  }

  /**
   * A fixed amount per order the employee completed in the month, for those holding the post on the
   * order's day (doc 002 variant 6: other departments, e.g. logistics or data).
   */
  public record OrderCommission(Position position, String clause, BigDecimal perOrder) {
    public OrderCommission {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(perOrder, "perOrder");
    }
  }

  /** A percentage of the employee's own completed sales of the month, with no target. */
  public record Commission(String clause, BigDecimal percentOfOwnSales) {
    public Commission {
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(percentOfOwnSales, "percentOfOwnSales");
    }
  }
}
