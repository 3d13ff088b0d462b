package kefu.registers.returns.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.returns.ReturnEntry;
import kefu.registers.returns.ReturnKind;
import kefu.registers.returns.ReturnReason;
import kefu.registers.returns.Returns;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Returns and exchanges over REST, with the month's analysis by reason. */
@RestController
@RequestMapping("/api/v1/returns")
@Tag(name = "Registers: returns and exchanges")
class ReturnsApi {

  private final Returns returns;
  private final CurrentUser currentUser;
  private final Organization organization;

  ReturnsApi(Returns returns, CurrentUser currentUser, Organization organization) {
    this.returns = returns;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record EntryView(
      long id,
      String storeCode,
      ReturnKind kind,
      LocalDate occurredOn,
      String product,
      ReturnReason reason,
      String note,
      Long corrects,
      String recordedBy) {
    static EntryView of(ReturnEntry e) {
      return new EntryView(
          e.getId(),
          e.getStoreCode(),
          e.getKind(),
          e.getOccurredOn(),
          e.getProduct(),
          e.getReason(),
          e.getNote(),
          e.getCorrectsId(),
          e.getRecordedBy());
    }
  }

  record AnalysisView(
      YearMonth month, String storeCode, long total, List<Returns.ReasonCount> reasons) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Enters a return or exchange with its reason code",
      description =
          "`kind` RETURN or EXCHANGE; `reason` one of QUALITY, SIZE_OR_FIT, NOT_AS_DESCRIBED,"
              + " DAMAGED, WRONG_ITEM, CHANGED_MIND, OTHER. `corrects` cites an earlier entry of"
              + " the same store that this one replaces (the analysis then counts this one).")
  EntryView record(@RequestBody Returns.Params params) {
    return EntryView.of(returns.record(currentUser.scope(), params));
  }

  @GetMapping
  @Operation(summary = "The month's returns and exchanges (default this month), newest first")
  List<EntryView> list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month) {
    return returns.month(currentUser.scope(), storeCode, month(month)).stream()
        .map(EntryView::of)
        .toList();
  }

  @GetMapping("/analysis")
  @Operation(summary = "The month's returns and exchanges counted by reason, every reason listed")
  AnalysisView analysis(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month) {
    Returns.Analysis a = returns.analysis(currentUser.scope(), storeCode, month(month));
    return new AnalysisView(a.month(), a.storeCode(), a.total(), a.reasons());
  }

  private YearMonth month(YearMonth asked) {
    return asked == null ? YearMonth.from(organization.today()) : asked;
  }
}
