package kefu.registers.keys.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.NavItem;
import kefu.registers.Corrections;
import kefu.registers.RegisterPages;
import kefu.registers.RegisterPrint;
import kefu.registers.keys.EmergencyOpening;
import kefu.registers.keys.KeyClass;
import kefu.registers.keys.KeyLoan;
import kefu.registers.keys.KeyLoss;
import kefu.registers.keys.KeyRegister;
import kefu.registers.keys.RegisterKey;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key register's page: a store's keys with who holds them, lending and returning, the keys
 * still out at the end of a day, and emergency openings of sealed keys with their closing.
 */
@Controller
class KeyPages implements RegisterPages.FormPage {

  private final KeyRegister keys;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final KeyPrint print;
  private final Corrections corrections;

  KeyPages(
      KeyRegister keys,
      CurrentUser currentUser,
      Organization organization,
      KeyPrint print,
      Corrections corrections) {
    this.keys = keys;
    this.currentUser = currentUser;
    this.organization = organization;
    this.print = print;
    this.corrections = corrections;
  }

  private static final String CORRECTIONS = "/registers/keys/corrections";

  @Bean
  static NavItem keysNavItem() {
    return new NavItem(
        "keys", "/registers/keys", "nav.registers.keys", RegisterPages.READERS, 60, "custody");
  }

  /** A key as a row: the key and the loan it is out on, if any. */
  record KeyRow(RegisterKey key, KeyLoan loan) {}

  @GetMapping("/registers/keys")
  String page(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date,
      Model model) {
    return show(storeCode, date, model);
  }

  @Override
  public String path() {
    return "/registers/keys";
  }

  @Override
  public String show(String storeCode, Model model) {
    return show(storeCode, null, model);
  }

  private String show(String storeCode, LocalDate date, Model model) {
    AccessScope scope = currentUser.scope();
    String store = RegisterPages.store(organization, scope, storeCode);
    LocalDate day = date == null ? organization.today() : date;
    List<KeyLoan> out = store == null ? List.of() : keys.unreturned(scope, store, day);
    List<KeyLoan> outNow =
        store == null ? List.of() : keys.unreturned(scope, store, organization.today());
    List<KeyRow> rows = new ArrayList<>();
    if (store != null) {
      for (RegisterKey k : keys.keys(scope, store)) {
        rows.add(
            new KeyRow(
                k, outNow.stream().filter(l -> l.keyId() == k.id()).findFirst().orElse(null)));
      }
    }
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("storeCode", store);
    model.addAttribute("date", day);
    model.addAttribute("rows", rows);
    model.addAttribute("unreturned", out);
    model.addAttribute("openings", store == null ? List.of() : keys.openings(scope, store));
    model.addAttribute("losses", store == null ? List.of() : keys.losses(scope, store));
    model.addAttribute("remedies", KeyLoss.Remedy.values());
    if (store != null) {
      RegisterPages.corrections(
          model,
          corrections,
          scope,
          store,
          List.of("key-loan", "key-emergency-opening", "key-loss"));
    }
    model.addAttribute("keyClasses", KeyClass.values());
    model.addAttribute("canWrite", scope.canWrite());
    model.addAttribute("zone", organization.zone());
    model.addAttribute("now", LocalDateTime.now(organization.zone()).withSecond(0).withNano(0));
    if (!model.containsAttribute("problems")) {
      model.addAttribute("problems", List.of());
    }
    return "registers/keys";
  }

  @PostMapping("/registers/keys")
  String create(
      @RequestParam String storeCode,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) KeyClass keyClass,
      @RequestParam(required = false) String custodianCode,
      @RequestParam(defaultValue = "false") boolean sealed,
      Model model,
      RedirectAttributes redirect) {
    var key = new KeyRegister.NewKey(storeCode, code, keyClass, custodianCode, sealed);
    return post(
        "key",
        "registers.key.created",
        storeCode,
        model,
        redirect,
        () -> keys.create(currentUser.scope(), key));
  }

  @PostMapping("/registers/keys/loans")
  String lend(
      @RequestParam String storeCode,
      @RequestParam long keyId,
      @RequestParam(required = false) String borrowerCode,
      @RequestParam(required = false) String approverCode,
      @RequestParam(required = false) String purpose,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime borrowedAt,
      Model model,
      RedirectAttributes redirect) {
    var loan = new KeyRegister.NewLoan(borrowerCode, approverCode, purpose, at(borrowedAt));
    return post(
        "loan",
        "registers.key.lent",
        storeCode,
        model,
        redirect,
        () -> keys.lend(currentUser.scope(), keyId, loan));
  }

  @PostMapping("/registers/keys/loans/{id}/return")
  String giveBack(
      @PathVariable long id,
      @RequestParam String storeCode,
      @RequestParam(required = false) String receivedByCode,
      Model model,
      RedirectAttributes redirect) {
    var back = new KeyRegister.NewReturn(null, receivedByCode);
    return post(
        "return",
        "registers.key.returned",
        storeCode,
        model,
        redirect,
        () -> keys.giveBack(currentUser.scope(), id, back));
  }

  @PostMapping("/registers/keys/openings")
  String open(
      @RequestParam String storeCode,
      @RequestParam long keyId,
      @RequestParam(required = false) String approverCode,
      @RequestParam(required = false) String witness1,
      @RequestParam(required = false) String witness2,
      @RequestParam(required = false) String guardName,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String sealBefore,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime openedAt,
      Model model,
      RedirectAttributes redirect) {
    List<String> witnesses =
        Stream.of(witness1, witness2).filter(w -> w != null && !w.isBlank()).toList();
    var opening =
        new KeyRegister.NewOpening(
            approverCode, witnesses, guardName, reason, at(openedAt), sealBefore);
    return post(
        "opening",
        "registers.opening.recorded",
        storeCode,
        model,
        redirect,
        () -> keys.open(currentUser.scope(), keyId, opening));
  }

  @PostMapping("/registers/keys/openings/{id}/closing")
  String close(
      @PathVariable long id,
      @RequestParam String storeCode,
      @RequestParam(required = false) String sealAfter,
      Model model,
      RedirectAttributes redirect) {
    var closing = new KeyRegister.NewClosing(null, sealAfter);
    return post(
        "closing",
        "registers.opening.closed",
        storeCode,
        model,
        redirect,
        () -> keys.close(currentUser.scope(), id, closing));
  }

  @PostMapping(CORRECTIONS)
  String correct(
      @ModelAttribute Corrections.NewCorrection correction,
      @RequestParam(required = false) String storeCode,
      Model model,
      RedirectAttributes redirect) {
    return correct(corrections, currentUser.scope(), correction, storeCode, model, redirect);
  }

  @PostMapping("/registers/keys/losses")
  String reportLoss(
      @RequestParam String storeCode,
      @RequestParam long keyId,
      @RequestParam(required = false) String reportedByCode,
      @RequestParam(required = false) String circumstances,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime lostAt,
      Model model,
      RedirectAttributes redirect) {
    var loss = new KeyRegister.NewLoss(reportedByCode, at(lostAt), circumstances);
    return post(
        "loss",
        "registers.loss.reported",
        storeCode,
        model,
        redirect,
        () -> keys.reportLoss(currentUser.scope(), keyId, loss));
  }

  @PostMapping("/registers/keys/losses/{id}/decision")
  String decideLoss(
      @PathVariable long id,
      @RequestParam String storeCode,
      @RequestParam(required = false) KeyLoss.Remedy remedy,
      @RequestParam(required = false) String approverCode,
      @RequestParam(required = false) BigDecimal cost,
      Model model,
      RedirectAttributes redirect) {
    var decision = new KeyRegister.NewDecision(remedy, approverCode, null, cost);
    return post(
        "decision",
        "registers.loss.decided",
        storeCode,
        model,
        redirect,
        () -> keys.decideLoss(currentUser.scope(), id, decision));
  }

  /** A loan's slip for the paper file, to be signed by the borrower, approver and custodian. */
  @GetMapping("/registers/keys/loans/{id}.pdf")
  ResponseEntity<byte[]> loanSlip(@PathVariable long id) {
    AccessScope scope = currentUser.scope();
    KeyLoan loan = keys.loan(scope, id);
    return RegisterPrint.answer(
        "key-loan-" + id, print.loanSlip(keys.key(scope, loan.keyId()), loan));
  }

  /** An emergency opening's record for the paper file, signed by all who were there. */
  @GetMapping("/registers/keys/openings/{id}.pdf")
  ResponseEntity<byte[]> openingRecord(@PathVariable long id) {
    AccessScope scope = currentUser.scope();
    EmergencyOpening opening = keys.opening(scope, id);
    return RegisterPrint.answer(
        "emergency-opening-" + id, print.openingRecord(keys.key(scope, opening.keyId()), opening));
  }

  private java.time.OffsetDateTime at(LocalDateTime typed) {
    return RegisterPages.at(typed, organization.zone());
  }
}
