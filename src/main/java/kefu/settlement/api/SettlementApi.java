package kefu.settlement.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import kefu.incident.IncidentLedger;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.platform.BadInput;
import kefu.platform.InputRules;
import kefu.platform.SingleLine;
import kefu.settlement.Adjustment;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.NoteTexts;
import kefu.settlement.PlainLine;
import kefu.settlement.PlainPay;
import kefu.settlement.SettlementStatus;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monthly settlement over REST, exactly as API.md states it. */
@RestController
@RequestMapping("/api/v1/settlements")
@Tag(name = "Settlement")
record SettlementApi(
    MonthClose close, CurrentUser currentUser, NoteTexts notes, IncidentLedger ledger) {

  record ComputeRequest(String month) {}

  /** Sized to what a correction keeps: fen and tenths of points, up to the columns' widths. */
  record CorrectionRequest(
      @Size(max = 32) @SingleLine String employeeCode,
      @Digits(integer = 10, fraction = Money.SCALE) BigDecimal fine,
      @Digits(integer = 6, fraction = Points.SCALE) BigDecimal points,
      @Size(max = 50) List<@NotNull @Positive Long> incidentIds,
      @Size(max = 500) String note) {}

  record StatementView(
      String employeeCode,
      String storeCode,
      BigDecimal fineTotal,
      BigDecimal pointsDeducted,
      BigDecimal pointsRemaining,
      List<String> flags,
      List<PlainLine> lines,
      BigDecimal score,
      List<String> scoreFlags,
      Integer rankInStore,
      Integer rankInGroup,
      PlainPay pay) {
    static StatementView of(EmployeeStatement s, java.util.function.UnaryOperator<String> note) {
      return new StatementView(
          s.employeeCode(),
          s.storeCode(),
          s.fineTotal().amount(),
          s.pointsDeducted().value(),
          s.pointsRemaining() == null ? null : s.pointsRemaining().value(),
          s.flags(),
          s.lines().stream().map(l -> PlainLine.of(l, note)).toList(),
          s.score(),
          s.scoreFlags(),
          s.rankInStore(),
          s.rankInGroup(),
          s.pay() == null ? null : PlainPay.of(s.pay(), note));
    }
  }

  record SettlementView(String month, SettlementStatus status, List<StatementView> statements) {
    static SettlementView of(MonthSettlement m, java.util.function.UnaryOperator<String> note) {
      return new SettlementView(
          m.month().toString(),
          m.status(),
          m.statements().stream().map(s -> StatementView.of(s, note)).toList());
    }
  }

  record CorrectionView(String correctedMonth, String intoMonth) {}

  /** An appeal the month was published with, still waiting for its decision. */
  record PendingAppealView(long incidentId, String employeeCode, String storeCode) {}

  /** The published month as {@link SettlementView}, and the appeals it was published with. */
  record PublishedView(
      String month,
      SettlementStatus status,
      List<StatementView> statements,
      List<PendingAppealView> pendingAppeals) {}

  @PostMapping
  ResponseEntity<SettlementView> compute(@RequestBody ComputeRequest body) {
    MonthClose.Computed computed = close.compute(currentUser.scope(), month(body.month()));
    return ResponseEntity.status(computed.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(view(computed.settlement()));
  }

  @GetMapping("/{month}")
  SettlementView get(@PathVariable String month) {
    return view(close.get(currentUser.scope(), month(month)));
  }

  /**
   * Publishes as before (200) and names the appeals still pending in the month, which the page asks
   * to confirm: the month is locked with them undecided.
   */
  @PostMapping("/{month}/publish")
  PublishedView publish(@PathVariable String month) {
    AccessScope scope = currentUser.scope();
    YearMonth published = month(month);
    SettlementView view = view(close.publish(scope, published));
    return new PublishedView(
        view.month(),
        view.status(),
        view.statements(),
        ledger.pendingAppeals(scope, published).stream()
            .map(a -> new PendingAppealView(a.incidentId(), a.employeeCode(), a.storeCode()))
            .toList());
  }

  @PostMapping("/{month}/corrections")
  ResponseEntity<CorrectionView> correct(
      @PathVariable String month, @Valid @RequestBody CorrectionRequest body) {
    if (body.employeeCode() == null || body.employeeCode().isBlank()) {
      throw new BadInput("employeeCode", "validation.required");
    }
    YearMonth published = month(month);
    YearMonth into =
        close.correct(
            currentUser.scope(),
            published,
            new Adjustment(
                body.employeeCode().trim(),
                body.fine() == null ? Money.ZERO : Money.of(body.fine()),
                body.points() == null ? Points.ZERO : Points.of(body.points()),
                published.toString(),
                body.incidentIds(),
                body.note()));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new CorrectionView(published.toString(), into.toString()));
  }

  /** Notes in the caller's language (Chinese unless the language cookie says otherwise). */
  private SettlementView view(MonthSettlement m) {
    var labels = notes.labels();
    var locale = LocaleContextHolder.getLocale();
    return SettlementView.of(m, note -> notes.render(note, locale, labels));
  }

  static YearMonth month(String text) {
    try {
      return InputRules.time(YearMonth.class, text == null ? "" : text);
    } catch (java.time.DateTimeException e) {
      throw new BadInput("month", "settlement.month.invalid");
    }
  }
}
