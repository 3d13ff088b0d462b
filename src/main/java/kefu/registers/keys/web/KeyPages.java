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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The key register's page: a store's keys with who holds them, lending and returning, the keys
 * still out at the end of a day, and emergency openings of sealed keys with their closing.
 */
@Controller
@RequestMapping(KeyPages.PATH)
class KeyPages extends RegisterPages.FormPage {

  static final String PATH = "/registers/keys";

  private final KeyRegister keys;
  private final Organization organization;
  private final KeyPrint print;

  KeyPages(
      KeyRegister keys,
      CurrentUser currentUser,
      Organization organization,
      KeyPrint print,
      Corrections corrections) {
    super(PATH, currentUser, corrections);
    this.keys = keys;
    this.organization = organization;
    this.print = print;
  }

  @Bean
  static NavItem keysNavItem() {
    return new NavItem("keys", PATH, "nav.registers.keys", RegisterPages.READERS, 60, "custody");
  }

  /** A key as a row: the key and the loan it is out on, if any. */
  record KeyRow(RegisterKey key, KeyLoan loan) {}

  @GetMapping
  String page(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date,
      Model model) {
    return show(storeCode, date, model);
  }

  @Override
  public String show(String storeCode, Model model) {
    return show(storeCode, null, model);
  }

  private String show(String storeCode, LocalDate date, Model model) {
    AccessScope scope = scope();
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
      corrections(model, scope, store, List.of("key-loan", "key-emergency-opening", "key-loss"));
    }
    model.addAttribute("keyClasses", KeyClass.values());
    RegisterPages.forms(model, scope);
    RegisterPages.now(model, organization.zone());
    return "registers/keys";
  }

  @PostMapping
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
        "key", "registers.key.created", storeCode, model, redirect, s -> keys.create(s, key));
  }

  @PostMapping("/loans")
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
        "loan", "registers.key.lent", storeCode, model, redirect, s -> keys.lend(s, keyId, loan));
  }

  @PostMapping("/loans/{id}/return")
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
        s -> keys.giveBack(s, id, back));
  }

  @PostMapping("/openings")
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
        s -> keys.open(s, keyId, opening));
  }

  @PostMapping("/openings/{id}/closing")
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
        s -> keys.close(s, id, closing));
  }

  @PostMapping("/losses")
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
        s -> keys.reportLoss(s, keyId, loss));
  }

  @PostMapping("/losses/{id}/decision")
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
        s -> keys.decideLoss(s, id, decision));
  }

  /** A loan's slip for the paper file, to be signed by the borrower, approver and custodian. */
  @GetMapping("/loans/{id}.pdf")
  ResponseEntity<byte[]> loanSlip(@PathVariable long id) {
    AccessScope scope = scope();
    KeyLoan loan = keys.loan(scope, id);
    return RegisterPrint.answer(
        "key-loan-" + id, print.loanSlip(keys.key(scope, loan.keyId()), loan));
  }

  /** An emergency opening's record for the paper file, signed by all who were there. */
  @GetMapping("/openings/{id}.pdf")
  ResponseEntity<byte[]> openingRecord(@PathVariable long id) {
    AccessScope scope = scope();
    EmergencyOpening opening = keys.opening(scope, id);
    return RegisterPrint.answer(
        "emergency-opening-" + id, print.openingRecord(keys.key(scope, opening.keyId()), opening));
  }

  private java.time.OffsetDateTime at(LocalDateTime typed) {
    return RegisterPages.at(typed, organization.zone());
  }
}
