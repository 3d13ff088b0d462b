package kefu.settlement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kefu.settlement.SettlementStatus;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * One employee's statement as the page, the PDF and the export show it: names resolved, types and
 * flags translated, and each line with the incidents behind it.
 */
record StatementView(
    YearMonth month,
    SettlementStatus status,
    String employeeCode,
    String employeeName,
    String storeCode,
    String storeName,
    Money fineTotal,
    Points pointsDeducted,
    Points pointsRemaining,
    List<Flag> flags,
    List<Line> lines,
    Standing standing,
    PayView pay) {

  StatementView {
    flags = List.copyOf(flags);
    lines = List.copyOf(lines);
  }

  /**
   * The scorecard result: score (null when the card is incomplete or none applies), its flags, and
   * its ranks in the store and the group.
   */
  record Standing(BigDecimal score, List<Flag> flags, Integer rankInStore, Integer rankInGroup) {
    static final Standing NONE = new Standing(null, List.of(), null, null);

    Standing {
      flags = List.copyOf(flags);
    }
  }

  /** The month's pay with its explained base, allowance and commission lines. */
  record PayView(
      Money base,
      Money allowances,
      Money commission,
      Money rewards,
      Money fines,
      Money net,
      List<PayLine> lines) {
    PayView {
      lines = List.copyOf(lines);
    }
  }

  /** One part of the pay: which part, the pack and clause it cites, its type and amount. */
  record PayLine(
      String part,
      String packId,
      Integer packVersion,
      String clause,
      String typeLabel,
      Money amount,
      String explanation) {

    /** "ecommerce-pay v1", or empty when no pack is cited. */
    public String pack() {
      return packId == null ? "" : packId + (packVersion == null ? "" : " v" + packVersion);
    }
  }

  /** Whether any line earns money (a reward): the page then shows what each line earns. */
  public boolean earns() {
    return lines.stream().anyMatch(l -> l.earning().amount().signum() > 0);
  }

  /** A flag raised on a statement, with its label in the reader's language. */
  record Flag(String code, String label) {

    /** Beyond a warning: shown in red. (Public: templates call it through SpEL.) */
    public boolean severe() {
      return !"VERBAL_WARNING".equals(code);
    }
  }

  /**
   * An incident a line cites. Someone may see a line that cites an incident outside their scope (a
   * store-level incident behind a collective fine, or the agent's incident behind the manager's
   * share); then only its id is shown.
   */
  record IncidentRef(long id, LocalDate occurredOn, String note, boolean visible) {

    static IncidentRef idOnly(long id) {
      return new IncidentRef(id, null, null, false);
    }
  }

  /**
   * A statement line: {@code explanation} is the engine's note, or for an adjustment the sentence
   * citing the corrected month.
   */
  record Line(
      String packId,
      Integer packVersion,
      String clause,
      String type,
      String typeLabel,
      List<IncidentRef> incidents,
      Money fine,
      Points points,
      String explanation,
      boolean appealPending,
      YearMonth correctedMonth,
      Money earning) {

    Line {
      incidents = List.copyOf(incidents);
    }

    public boolean adjustment() {
      return correctedMonth != null || packId == null;
    }

    /** "group-cs-2010 v1", or empty for an adjustment. */
    public String pack() {
      return packId == null ? "" : packId + (packVersion == null ? "" : " v" + packVersion);
    }

    public String incidentIds() {
      return String.join(
          ", ", incidents.stream().map(IncidentRef::id).map(String::valueOf).toList());
    }
  }

  public boolean flagged() {
    return !flags.isEmpty();
  }
}
