package kefu.settlement;

import java.util.List;
import java.util.Objects;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * A late correction to a published month, carried into this one: the fine and points to add
 * (negative to give back), the month it corrects and the incidents behind it.
 */
public record Adjustment(
    String employeeCode,
    Money fine,
    Points points,
    String citesMonth,
    List<Long> incidentIds,
    String note) {
  public Adjustment {
    Objects.requireNonNull(employeeCode, "employeeCode");
    fine = fine == null ? Money.ZERO : fine;
    points = points == null ? Points.ZERO : points;
    incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
  }
}
