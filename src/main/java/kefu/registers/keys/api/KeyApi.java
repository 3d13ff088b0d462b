package kefu.registers.keys.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kefu.organization.CurrentUser;
import kefu.registers.ApprovalKind;
import kefu.registers.Registers;
import kefu.registers.keys.EmergencyOpening;
import kefu.registers.keys.KeyClass;
import kefu.registers.keys.KeyLoan;
import kefu.registers.keys.KeyLoss;
import kefu.registers.keys.KeyRegister;
import kefu.registers.keys.RegisterKey;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The key register over REST, as API.md states it. */
@RestController
@RequestMapping("/api/v1/keys")
@Tag(name = "Registers: keys")
class KeyApi {

  private final KeyRegister keys;
  private final CurrentUser currentUser;
  private final Registers registers;

  KeyApi(KeyRegister keys, CurrentUser currentUser, Registers registers) {
    this.keys = keys;
    this.currentUser = currentUser;
    this.registers = registers;
  }

  record KeyView(
      long id,
      String storeCode,
      String code,
      KeyClass keyClass,
      String custodianCode,
      boolean sealed,
      String seal) {
    static KeyView of(RegisterKey k) {
      return new KeyView(
          k.id(), k.storeCode(), k.code(), k.keyClass(), k.custodianCode(), k.sealed(), k.seal());
    }
  }

  record LoanView(
      long id,
      long keyId,
      String storeCode,
      String keyCode,
      String borrowerCode,
      String borrowerName,
      String approverCode,
      ApprovalKind approval,
      String purpose,
      OffsetDateTime borrowedAt,
      OffsetDateTime returnedAt,
      String receivedByCode,
      String status) {
    static LoanView of(KeyLoan l, ZoneId zone, Map<String, String> names) {
      return new LoanView(
          l.id(),
          l.keyId(),
          l.storeCode(),
          l.keyCode(),
          l.borrowerCode(),
          names.get(l.borrowerCode()),
          l.approverCode(),
          l.approval(),
          l.purpose(),
          l.borrowedAt().atZone(zone).toOffsetDateTime(),
          l.returnedAt() == null ? null : l.returnedAt().atZone(zone).toOffsetDateTime(),
          l.receivedByCode(),
          l.out() ? "OUT" : "RETURNED");
    }
  }

  record OpeningView(
      long id,
      long keyId,
      String storeCode,
      String keyCode,
      String approverCode,
      ApprovalKind approval,
      List<String> witnessCodes,
      String guardName,
      String reason,
      OffsetDateTime openedAt,
      String sealBefore,
      OffsetDateTime closedAt,
      String sealAfter,
      String status) {
    static OpeningView of(EmergencyOpening o, ZoneId zone) {
      return new OpeningView(
          o.id(),
          o.keyId(),
          o.storeCode(),
          o.keyCode(),
          o.approverCode(),
          o.approval(),
          o.witnessCodes(),
          o.guardName(),
          o.reason(),
          o.openedAt().atZone(zone).toOffsetDateTime(),
          o.sealBefore(),
          o.closedAt() == null ? null : o.closedAt().atZone(zone).toOffsetDateTime(),
          o.sealAfter(),
          o.closed() ? "CLOSED" : "OPEN");
    }
  }

  record LossView(
      long id,
      long keyId,
      String storeCode,
      String keyCode,
      String reportedByCode,
      OffsetDateTime lostAt,
      String circumstances,
      KeyLoss.Remedy remedy,
      String approverCode,
      ApprovalKind approval,
      OffsetDateTime decidedAt,
      BigDecimal cost,
      String status) {
    static LossView of(KeyLoss x, ZoneId zone) {
      return new LossView(
          x.id(),
          x.keyId(),
          x.storeCode(),
          x.keyCode(),
          x.reportedByCode(),
          x.lostAt().atZone(zone).toOffsetDateTime(),
          x.circumstances(),
          x.remedy(),
          x.approverCode(),
          x.approval(),
          x.decidedAt() == null ? null : x.decidedAt().atZone(zone).toOffsetDateTime(),
          x.cost() == null ? null : x.cost().decimal(),
          x.decided() ? "DECIDED" : "REPORTED");
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  KeyView create(@RequestBody KeyRegister.NewKey body) {
    return KeyView.of(keys.create(currentUser.scope(), body));
  }

  @GetMapping
  List<KeyView> list(@RequestParam(required = false) String storeCode) {
    return keys.keys(currentUser.scope(), storeCode).stream().map(KeyView::of).toList();
  }

  @PostMapping("/{id}/loans")
  @ResponseStatus(HttpStatus.CREATED)
  LoanView lend(@PathVariable long id, @RequestBody KeyRegister.NewLoan body) {
    return loanView(keys.lend(currentUser.scope(), id, body));
  }

  @PostMapping("/loans/{loanId}/return")
  LoanView giveBack(@PathVariable long loanId, @RequestBody KeyRegister.NewReturn body) {
    return loanView(keys.giveBack(currentUser.scope(), loanId, body));
  }

  @GetMapping("/unreturned")
  List<LoanView> unreturned(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date) {
    List<KeyLoan> loans =
        keys.unreturned(currentUser.scope(), storeCode, date == null ? registers.today() : date);
    Map<String, String> names = names(loans.stream().map(KeyLoan::borrowerCode).toList());
    return loans.stream().map(l -> LoanView.of(l, registers.zone(), names)).toList();
  }

  @PostMapping("/{id}/emergency-openings")
  @ResponseStatus(HttpStatus.CREATED)
  OpeningView open(@PathVariable long id, @RequestBody KeyRegister.NewOpening body) {
    return OpeningView.of(keys.open(currentUser.scope(), id, body), registers.zone());
  }

  @PostMapping("/emergency-openings/{id}/closing")
  OpeningView close(@PathVariable long id, @RequestBody KeyRegister.NewClosing body) {
    return OpeningView.of(keys.close(currentUser.scope(), id, body), registers.zone());
  }

  @PostMapping("/{id}/losses")
  @ResponseStatus(HttpStatus.CREATED)
  LossView reportLoss(@PathVariable long id, @RequestBody KeyRegister.NewLoss body) {
    return LossView.of(keys.reportLoss(currentUser.scope(), id, body), registers.zone());
  }

  @PostMapping("/losses/{id}/decision")
  LossView decideLoss(@PathVariable long id, @RequestBody KeyRegister.NewDecision body) {
    return LossView.of(keys.decideLoss(currentUser.scope(), id, body), registers.zone());
  }

  @GetMapping("/losses")
  List<LossView> losses(@RequestParam(required = false) String storeCode) {
    return keys.losses(currentUser.scope(), storeCode).stream()
        .map(x -> LossView.of(x, registers.zone()))
        .toList();
  }

  private LoanView loanView(KeyLoan loan) {
    return LoanView.of(loan, registers.zone(), names(List.of(loan.borrowerCode())));
  }

  private Map<String, String> names(Collection<String> codes) {
    return registers.people().names(codes);
  }
}
