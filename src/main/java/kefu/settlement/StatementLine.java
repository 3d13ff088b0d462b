package kefu.settlement;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One explained consequence on a statement: the pack, version, clause and type that produced it,
 * the incidents behind it (sorted), the fine and points, a note saying in which role or on what
 * basis, whether any of those incidents is under appeal, and what it earns (a reward's amount; zero
 * for every other line). An adjustment line has no pack, version or clause and the type {@link
 * #ADJUSTMENT}.
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
    boolean appealPending,
    Money earning) {

  public static final String ADJUSTMENT = "ADJUSTMENT";

  /** Adjustment notes start with this and the corrected month, so a line can cite it. */
  private static final String CORRECTION_OF = "correction of ";

  private static final int MONTH_LENGTH = "2026-10".length();

  public StatementLine {
    incidentIds = List.copyOf(incidentIds);
    earning = earning == null ? Money.ZERO : earning;
  }

  /** The note of an adjustment line: the month it corrects, then the reason given, if any. */
  public static String correctionNote(String citesMonth, String reason) {
    return CORRECTION_OF
        + citesMonth
        + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
  }

  public boolean isAdjustment() {
    return ADJUSTMENT.equals(type);
  }

  /** For an adjustment line, the published month it corrects (read back from its note). */
  public Optional<YearMonth> correctedMonth() {
    if (!isAdjustment() || note == null || !note.startsWith(CORRECTION_OF)) {
      return Optional.empty();
    }
    int from = CORRECTION_OF.length();
    try {
      return Optional.of(
          YearMonth.parse(note.substring(from, Math.min(note.length(), from + MONTH_LENGTH))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** For an adjustment line, the reason given for the correction; empty when none was. */
  public String correctionReason() {
    if (correctedMonth().isEmpty()) {
      return note;
    }
    String rest = note.substring(CORRECTION_OF.length() + MONTH_LENGTH);
    return rest.startsWith(": ") ? rest.substring(2) : rest;
  }
}
