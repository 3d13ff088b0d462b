package kefu.pay.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.pay.PayEntries;
import kefu.pay.PaySlip;
import kefu.pay.RewardType;
import kefu.platform.Amounts;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.ExcelExport;
import kefu.platform.FieldProblem;
import kefu.platform.FieldRefusal;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pay pages: rewards and sales of a store's month with their entry forms, the month's pay slips
 * (工资条) per store, one employee's slip as a page and a PDF, and a store's month as one workbook.
 */
@Controller
record PayPages(
    PayEntries entries,
    PaySlips slips,
    PaySlipPdf pdf,
    ExcelExport excel,
    CurrentUser currentUser,
    Organization organization,
    GroupCalendar group) {

  private static final String WRITERS =
      "hasAnyRole('ADMIN','GROUP_CS','STORE_MANAGER','CS_MANAGER')";

  @Bean
  static NavItem payEntriesNav() {
    return new NavItem("pay-entries", "/pay", "pay.entries.title", "isAuthenticated()", 70, "pay");
  }

  @Bean
  static NavItem paySlipsNav() {
    return new NavItem(
        "pay-slips", "/pay/slips", "pay.slips.title", "isAuthenticated()", 71, "pay");
  }

  @GetMapping("/pay")
  String entries(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    fill(model, month == null ? YearMonth.from(organization.today()) : month, storeCode);
    return "pay/entries";
  }

  @PostMapping("/pay/rewards")
  String reward(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    return entered(
        "reward",
        form,
        model,
        redirect,
        "pay.reward.recorded",
        () ->
            entries.recordReward(
                currentUser.scope(),
                new PayEntries.NewReward(
                    form.get("employeeCode"),
                    type(form.get("type")),
                    at("occurredAt", form.get("occurredAt")),
                    blank(form.get("eventGrade")),
                    whole("quantity", form.get("quantity")),
                    amount("contractAmount", form.get("contractAmount")),
                    form.get("note"))));
  }

  @PostMapping("/pay/sales")
  String sale(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
    return entered(
        "sale",
        form,
        model,
        redirect,
        "pay.sale.recorded",
        () ->
            entries.recordSale(
                currentUser.scope(),
                new PayEntries.NewSale(
                    form.get("employeeCode"),
                    at("completedAt", form.get("completedAt")),
                    amount("amount", form.get("amount")),
                    form.get("note"))));
  }

  /** Voids a reward or a sale from its row of the page, with the reason typed there. */
  @PostMapping("/pay/{kind:rewards|sales}/{id}/void")
  String voidEntry(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    PayEntries.Voiding reason = new PayEntries.Voiding(form.get("reason"));
    boolean reward = kind.equals("rewards");
    return voided(
        form,
        model,
        redirect,
        response,
        reward ? "pay.reward.voidedDone" : "pay.sale.voidedDone",
        (reward ? "reward-" : "sale-") + id,
        reward
            ? () -> entries.voidReward(currentUser.scope(), id, reason)
            : () -> entries.voidSale(currentUser.scope(), id, reason));
  }

  @GetMapping("/pay/slips")
  String slipList(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month == null ? YearMonth.from(organization.today()).minusMonths(1) : month;
    String store = store(scope, storeCode);
    model.addAttribute("month", m);
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    List<PaySlips.SlipView> list;
    try {
      list = slips.month(scope, m, store);
    } catch (kefu.platform.NotFound e) {
      list = List.of();
    }
    model.addAttribute("slips", list);
    return "pay/slips";
  }

  @GetMapping("/pay/slips/{month}/{code}")
  String slip(@PathVariable YearMonth month, @PathVariable String code, Model model) {
    model.addAttribute("slip", slips.one(currentUser.scope(), month, code));
    return "pay/slip";
  }

  @GetMapping("/pay/slips/{month}/{code}.pdf")
  ResponseEntity<byte[]> slipPdf(@PathVariable YearMonth month, @PathVariable String code) {
    PaySlips.SlipView slip = slips.one(currentUser.scope(), month, code);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("pay-slip-" + month + "-" + code + ".pdf")
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf.write(slip, slips, group.settings().getName()));
  }

  @GetMapping("/pay/slips/{month}.xlsx")
  ResponseEntity<byte[]> workbook(
      @PathVariable YearMonth month, @RequestParam(required = false) String storeCode) {
    AccessScope scope = currentUser.scope();
    String store = store(scope, storeCode);
    List<PaySlips.SlipView> list = slips.month(scope, month, store);
    List<List<Object>> summary = new ArrayList<>();
    List<List<Object>> lines = new ArrayList<>();
    for (PaySlips.SlipView s : list) {
      PaySlip p = s.slip();
      summary.add(
          List.of(
              s.employeeCode(),
              s.employeeName(),
              s.storeCode(),
              p.base().amount(),
              p.allowances().amount(),
              p.commission().amount(),
              p.rewards().amount(),
              p.fines().amount(),
              p.net().amount()));
      for (PaySlips.LineView l : s.lines()) {
        lines.add(
            List.of(
                s.employeeCode(),
                slips.text("pay.kind." + l.kind()),
                l.type(),
                l.citation(),
                l.signed(),
                l.note()));
      }
    }
    return excel.download(
        "pay-slips-" + month + (store == null ? "" : "-" + store) + ".xlsx",
        List.of(
            new ExcelExport.SheetData(
                "pay.sheet.slips",
                List.of(
                    "pay.slip.employee",
                    "pay.slip.name",
                    "pay.slip.store",
                    "pay.base",
                    "pay.allowances",
                    "pay.commission",
                    "pay.rewards",
                    "pay.fines",
                    "pay.net"),
                summary),
            new ExcelExport.SheetData(
                "pay.sheet.lines",
                List.of(
                    "pay.slip.employee",
                    "pay.slip.kind",
                    "pay.slip.type",
                    "pay.slip.clause",
                    "pay.slip.amount",
                    "pay.slip.note"),
                lines)));
  }

  /**
   * Runs an entry from a form: afterwards the page of its month says it was recorded; refused, the
   * form shows again with what was typed and the problem at its field (a 400 page).
   */
  private String entered(
      String which,
      Map<String, String> form,
      Model model,
      RedirectAttributes redirect,
      String doneKey,
      Runnable entry) {
    YearMonth month = month(form.get("month"));
    try {
      entry.run();
    } catch (FieldRefusal e) {
      return refused(which, model, form, month, e.problems());
    } catch (Conflict e) {
      return refused(which, model, form, month, List.of(new FieldProblem("", e.getMessage())));
    }
    return done(form, redirect, doneKey, month);
  }

  /**
   * Voids an entry from its row: afterwards the page of its month says so and shows the entry
   * struck through; refused, the page shows the problem — 400 without a reason (at the row's reason
   * field), 409 in a published month or for an entry already voided.
   */
  private String voided(
      Map<String, String> form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response,
      String doneKey,
      String row,
      Runnable voiding) {
    YearMonth month = month(form.get("month"));
    try {
      voiding.run();
    } catch (FieldRefusal e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("voidRow", row);
      model.addAttribute("voidProblems", e.problems());
      fill(model, month, form.get("storeCode"));
      model.addAttribute("error", e.getMessage());
      return "pay/entries";
    } catch (Conflict e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      fill(model, month, form.get("storeCode"));
      model.addAttribute("error", e.getMessage());
      return "pay/entries";
    }
    return done(form, redirect, doneKey, month);
  }

  /** Back to the page of the entry's month and store, saying what was done. */
  private static String done(
      Map<String, String> form, RedirectAttributes redirect, String doneKey, YearMonth month) {
    redirect.addFlashAttribute("message", doneKey);
    redirect.addAttribute("month", month.toString());
    if (form.get("storeCode") != null && !form.get("storeCode").isBlank()) {
      redirect.addAttribute("storeCode", form.get("storeCode"));
    }
    return "redirect:/pay";
  }

  private String refused(
      String which,
      Model model,
      Map<String, String> form,
      YearMonth month,
      List<FieldProblem> problems) {
    model.addAttribute(which + "Form", form);
    model.addAttribute(which + "Problems", problems);
    fill(model, month, form.get("storeCode"));
    model.addAttribute(
        "error",
        problems.stream()
            .filter(p -> p.field().isEmpty())
            .map(FieldProblem::message)
            .findFirst()
            .orElse(null));
    return "pay/entries";
  }

  private void fill(Model model, YearMonth month, String storeCode) {
    AccessScope scope = currentUser.scope();
    String store = store(scope, storeCode);
    model.addAttribute("month", month);
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("rewards", entries.rewards(scope, month, store));
    model.addAttribute("sales", entries.sales(scope, month, store));
    model.addAttribute("types", RewardType.values());
    model.addAttribute("zone", entries.zone());
    model.addAttribute("open", entries.open(month));
    model.addAttribute("canWrite", scope.canWrite());
    model.addAttribute(
        "now", LocalDateTime.now(organization.zone()).withSecond(0).withNano(0).toString());
    for (String which : List.of("reward", "sale")) {
      if (!model.containsAttribute(which + "Form")) {
        model.addAttribute(which + "Form", Map.of());
        model.addAttribute(which + "Problems", List.of());
      }
    }
  }

  private String store(AccessScope scope, String storeCode) {
    String own = organization.codes(scope).storeCode();
    if (storeCode == null || storeCode.isBlank()) {
      return own;
    }
    return organization.store(scope, storeCode.strip()).getCode();
  }

  private YearMonth month(String text) {
    YearMonth month = InputRules.time("month", YearMonth.class, text);
    return month == null ? YearMonth.from(organization.today()) : month;
  }

  private static RewardType type(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return RewardType.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new BadInput("type", "problem.badValue");
    }
  }

  private java.time.OffsetDateTime at(String field, String text) {
    return InputRules.time(field, text, organization.zone());
  }

  private static Integer whole(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new BadInput(field, "typeMismatch.java.lang.Integer");
    }
  }

  private static BigDecimal amount(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BigDecimal value = Amounts.parse(text);
    if (value == null) {
      throw new BadInput(field, "typeMismatch.java.math.BigDecimal");
    }
    return value;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
