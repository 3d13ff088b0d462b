package kefu.pay.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.pay.EntryState;
import kefu.pay.PayEntries;
import kefu.pay.RewardEntry;
import kefu.pay.RewardType;
import kefu.pay.SaleEntry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rewards and sales over REST, as API.md states them; listing and voiding besides. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rewards and sales")
record PayApi(PayEntries entries, CurrentUser currentUser) {

  enum Status {
    RECORDED,
    VOIDED
  }

  record RewardView(
      long id,
      String employeeCode,
      String storeCode,
      RewardType type,
      OffsetDateTime occurredAt,
      String eventGrade,
      Integer quantity,
      BigDecimal contractAmount,
      BigDecimal amount,
      String packId,
      int packVersion,
      String clause,
      String note,
      Status status,
      String voidReason) {}

  record SaleView(
      long id,
      String employeeCode,
      String storeCode,
      OffsetDateTime completedAt,
      BigDecimal amount,
      String note,
      Status status,
      String voidReason) {}

  @PostMapping("/rewards")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a reward; its amount comes from the reward tiers in force that day")
  RewardView reward(@RequestBody PayEntries.NewReward body) {
    return view(entries.recordReward(currentUser.writer(), body));
  }

  @GetMapping("/rewards")
  @Operation(summary = "A month's rewards, of one store or of every store the user sees")
  List<RewardView> rewards(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    return entries.rewards(currentUser.scope(), month, storeCode).stream().map(this::view).toList();
  }

  @GetMapping("/rewards/{id}")
  RewardView reward(@PathVariable long id) {
    return view(entries.reward(currentUser.scope(), id));
  }

  @PostMapping("/rewards/{id}/void")
  @Operation(summary = "Void a reward with a reason; 409 once its month is published")
  RewardView voidReward(@PathVariable long id, @RequestBody PayEntries.Voiding body) {
    return view(entries.voidReward(currentUser.writer(), id, body));
  }

  @PostMapping("/sales")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a sale the employee completed; 2 % of it is their commission")
  SaleView sale(@RequestBody PayEntries.NewSale body) {
    return view(entries.recordSale(currentUser.writer(), body));
  }

  @GetMapping("/sales")
  @Operation(summary = "A month's sales, of one store or of every store the user sees")
  List<SaleView> sales(
      @RequestParam YearMonth month, @RequestParam(required = false) String storeCode) {
    return entries.sales(currentUser.scope(), month, storeCode).stream().map(this::view).toList();
  }

  @GetMapping("/sales/{id}")
  SaleView sale(@PathVariable long id) {
    return view(entries.sale(currentUser.scope(), id));
  }

  @PostMapping("/sales/{id}/void")
  @Operation(summary = "Void a sale with a reason; 409 once its month is published")
  SaleView voidSale(@PathVariable long id, @RequestBody PayEntries.Voiding body) {
    return view(entries.voidSale(currentUser.writer(), id, body));
  }

  private RewardView view(RewardEntry r) {
    ZoneId zone = entries.zone();
    return new RewardView(
        r.id(),
        r.employeeCode(),
        r.storeCode(),
        r.type(),
        r.occurredAt().atZone(zone).toOffsetDateTime(),
        r.eventGrade(),
        r.quantity(),
        r.contractAmount(),
        r.amount().amount(),
        r.packId(),
        r.packVersion(),
        r.clause(),
        r.note(),
        status(r.state()),
        r.state().voidReason());
  }

  private SaleView view(SaleEntry s) {
    return new SaleView(
        s.id(),
        s.employeeCode(),
        s.storeCode(),
        s.completedAt().atZone(entries.zone()).toOffsetDateTime(),
        s.amount().amount(),
        s.note(),
        status(s.state()),
        s.state().voidReason());
  }

  private static Status status(EntryState state) {
    return state.voided() ? Status.VOIDED : Status.RECORDED;
  }
}
