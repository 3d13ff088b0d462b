package kefu.settlement;

import java.util.List;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One explained consequence on a statement: the pack, version, clause and type that produced it,
 * the incidents behind it (sorted), the fine and points, a note saying in which role or on what
 * basis, and whether any of those incidents is under appeal. An adjustment line has no pack,
 * version or clause and the type {@link #ADJUSTMENT}.
 */
public record StatementLine(
    String packId,
    Integer packVersion,
    String clause,
    String type,
    List<Long> incidentIds,
    Money fine,
    Points points,
    String note,
    boolean appealPending) {

  public static final String ADJUSTMENT = "ADJUSTMENT";

  public StatementLine {
    incidentIds = List.copyOf(incidentIds);
  }
}
