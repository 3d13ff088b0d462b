package kefu.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/**
 * One employee's scorecard result for a month: the score (one decimal; null when the card is not
 * complete, which {@code note} then explains), the score flags (NEEDS_IMPROVEMENT,
 * DISMISSAL_REVIEW…) and the pack, version and clause it follows.
 */
@NamedInterface("spi")
public record MonthScore(
    String employeeCode,
    BigDecimal score,
    List<String> flags,
    String packId,
    Integer packVersion,
    String clause,
    String note) {
  public MonthScore {
    Objects.requireNonNull(employeeCode, "employeeCode");
    flags = List.copyOf(flags);
  }
}
