package kefu.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import kefu.shared.Money;

/**
 * A {@link Pay} with its amounts as exact decimals: the JSON form a stored statement keeps and the
 * one the API answers (there with the notes in the reader's language).
 */
public record PlainPay(
    BigDecimal base,
    BigDecimal allowances,
    BigDecimal commission,
    BigDecimal rewards,
    BigDecimal fines,
    BigDecimal net,
    List<PlainPayLine> lines) {

  /** One explained part of the pay. */
  public record PlainPayLine(
      PayPart part,
      String packId,
      Integer packVersion,
      String clause,
      String type,
      BigDecimal amount,
      String note) {}

  public static PlainPay of(Pay pay) {
    return of(pay, UnaryOperator.identity());
  }

  /** The pay with its lines' notes passed through {@code note} (a translation, say). */
  public static PlainPay of(Pay pay, UnaryOperator<String> note) {
    return new PlainPay(
        pay.base().amount(),
        pay.allowances().amount(),
        pay.commission().amount(),
        pay.rewards().amount(),
        pay.fines().amount(),
        pay.net().amount(),
        pay.lines().stream()
            .map(
                l ->
                    new PlainPayLine(
                        l.part(),
                        l.packId(),
                        l.packVersion(),
                        l.clause(),
                        l.type(),
                        l.amount().amount(),
                        note.apply(l.note())))
            .toList());
  }

  Pay toPay() {
    return new Pay(
        Money.of(base),
        Money.of(allowances),
        Money.of(commission),
        Money.of(rewards),
        Money.of(fines),
        Money.of(net),
        lines.stream()
            .map(
                l ->
                    new Pay.Line(
                        l.part(),
                        l.packId(),
                        l.packVersion(),
                        l.clause(),
                        l.type(),
                        Money.of(l.amount()),
                        l.note()))
            .toList());
  }
}
