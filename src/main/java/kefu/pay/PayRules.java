package kefu.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The {@code pay} section of a pack (doc 002 variant 6): the clause base pay answers to, the
 * monthly allowances on top of it (pro-rated by calendar days employed or not) and the commission
 * on the employee's own completed sales.
 */
public record PayRules(String baseClause, List<Allowance> allowances, Commission commission) {

  public PayRules {
    Objects.requireNonNull(baseClause, "baseClause");
    allowances = List.copyOf(allowances);
  }

  /** A fixed monthly allowance such as the meal allowance. */
  public record Allowance(String code, String clause, BigDecimal monthly, boolean proRated) {
    public Allowance {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(monthly, "monthly");
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
