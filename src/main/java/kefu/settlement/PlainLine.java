package kefu.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import kefu.shared.Money;
import kefu.shared.Points;

/**
 * A {@link StatementLine} with its money and points as exact decimals (a line stored before lines
 * could earn has no {@code earning}: it earned nothing): the JSON form a stored statement keeps and
 * the one the API answers (there with the note in the reader's language).
 */
public record PlainLine(
    String packId,
    Integer packVersion,
    String clause,
    String type,
    List<Long> incidentIds,
    BigDecimal fine,
    BigDecimal points,
    String note,
    boolean appealPending,
    BigDecimal earning) {

  public static PlainLine of(StatementLine l) {
    return of(l, UnaryOperator.identity());
  }

  /** The line with its note passed through {@code note} (a translation, say). */
  public static PlainLine of(StatementLine l, UnaryOperator<String> note) {
    return new PlainLine(
        l.packId(),
        l.packVersion(),
        l.clause(),
        l.type(),
        l.incidentIds(),
        l.fine().amount(),
        l.points().value(),
        note.apply(l.note()),
        l.appealPending(),
        l.earning().amount());
  }

  StatementLine toLine() {
    return new StatementLine(
        packId,
        packVersion,
        clause,
        type,
        incidentIds,
        Money.of(fine),
        Points.of(points),
        note,
        appealPending,
        earning == null ? null : Money.of(earning));
  }
}
