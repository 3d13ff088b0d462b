package kefu.pay.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.pay.PaySlip;
import kefu.platform.NotFound;
import kefu.policy.LocalizedText;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.NoteTexts;
import kefu.settlement.SettlementStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pay slips (工资条) of a month as the pages, the PDF and the workbook show them, read from the
 * month's statements within the user's scope: staff see only their own, and only once the month is
 * published (the month close refuses them a draft).
 */
@Component
record PaySlips(
    MonthClose close, Organization organization, NoteTexts notes, MessageSource messages) {

  /** One line of a slip in the reader's language: what it is, its citation and its note. */
  record LineView(
      PaySlip.Kind kind,
      String type,
      String citation,
      BigDecimal amount,
      BigDecimal signed,
      String note) {}

  /** One employee's slip with its figures. */
  record SlipView(
      YearMonth month,
      SettlementStatus status,
      String employeeCode,
      String employeeName,
      String storeCode,
      PaySlip slip,
      List<LineView> lines) {}

  /** The slips of a month, of one store or every store the user sees. */
  List<SlipView> month(AccessScope scope, YearMonth month, String storeCode) {
    MonthSettlement settlement = close.get(scope, month);
    List<EmployeeStatement> statements =
        settlement.statements().stream()
            .filter(s -> storeCode == null || storeCode.equals(s.storeCode()))
            .filter(s -> s.pay() != null)
            .toList();
    Map<String, String> names =
        organization.employeeNames(
            statements.stream().map(EmployeeStatement::employeeCode).toList());
    Map<String, LocalizedText> labels = notes.labels();
    return statements.stream().map(s -> view(settlement, s, names, labels)).toList();
  }

  /** One employee's slip; not found when the user may not see it or nothing was earned. */
  SlipView one(AccessScope scope, YearMonth month, String employeeCode) {
    MonthSettlement settlement = close.get(scope, month, employeeCode);
    EmployeeStatement statement =
        settlement.statements().stream()
            .filter(s -> s.pay() != null)
            .findFirst()
            .orElseThrow(() -> new NotFound("pay slip " + employeeCode + "@" + month));
    return view(
        settlement, statement, organization.employeeNames(List.of(employeeCode)), notes.labels());
  }

  private SlipView view(
      MonthSettlement settlement,
      EmployeeStatement s,
      Map<String, String> names,
      Map<String, LocalizedText> labels) {
    Locale locale = LocaleContextHolder.getLocale();
    PaySlip slip = PaySlip.of(s);
    List<LineView> lines =
        slip.lines().stream()
            .map(
                l ->
                    new LineView(
                        l.kind(),
                        type(l.type(), labels, locale),
                        citation(l),
                        l.amount().amount(),
                        l.signed().amount(),
                        l.note() == null ? "" : notes.render(l.note(), locale, labels)))
            .toList();
    return new SlipView(
        settlement.month(),
        settlement.status(),
        s.employeeCode(),
        names.getOrDefault(s.employeeCode(), ""),
        s.storeCode(),
        slip,
        lines);
  }

  private String type(String code, Map<String, LocalizedText> labels, Locale locale) {
    LocalizedText label = labels.get(code);
    return label != null
        ? label.in(locale)
        : messages.getMessage("statement.type." + code, null, code, locale);
  }

  /** {@code pack v1 §3}, or nothing for a line without a pack (a base salary where none is). */
  static String citation(PaySlip.Line l) {
    if (l.packId() == null) {
      return "";
    }
    return l.packId()
        + (l.packVersion() == null ? "" : " v" + l.packVersion())
        + (l.clause() == null ? "" : " " + l.clause());
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
