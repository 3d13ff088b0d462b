package kefu.settlement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kefu.incident.IncidentLedger;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.Store;
import kefu.platform.Conflict;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.settlement.MonthClose;
import kefu.settlement.SettlementStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The month-close pages: the computed months with compute and publish for group CS, the overview of
 * a month by store, and one employee's statement explained line by line.
 */
@Controller
record SettlementController(
    MonthClose close,
    StatementPages pages,
    Organization organization,
    CurrentUser currentUser,
    JsonMapper json,
    IncidentLedger ledger) {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A computed month in the list, its times in the group's zone. */
  record MonthRow(YearMonth month, SettlementStatus status, String computedAt, String publishedAt) {
    public boolean draft() {
      return status == SettlementStatus.DRAFT;
    }
  }

  @GetMapping("/settlements")
  String list(Model model) {
    AccessScope scope = currentUser.scope();
    ZoneId zone = organization.zone();
    model.addAttribute(
        "months",
        close.months(scope).stream()
            .map(
                m ->
                    new MonthRow(
                        m.month(),
                        m.status(),
                        stamp(m.computedAt(), zone),
                        stamp(m.publishedAt(), zone)))
            .toList());
    model.addAttribute("canClose", canClose(scope));
    model.addAttribute("ownStatement", ownCode(scope));
    if (!model.containsAttribute("month")) {
      model.addAttribute("month", YearMonth.from(organization.today()).minusMonths(1));
    }
    return "settlements/list";
  }

  /** Computes a new month or recomputes a draft; a locked month is refused on the page. */
  @PostMapping("/settlements")
  String compute(
      @RequestParam(required = false) String month,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    YearMonth parsed;
    try {
      parsed = InputRules.time(YearMonth.class, month == null ? "" : month);
    } catch (DateTimeException e) {
      return refused(model, response, HttpStatus.BAD_REQUEST, "settlement.month.invalid", month);
    }
    try {
      boolean created = close.compute(scope, parsed).created();
      redirect.addFlashAttribute(
          "message", created ? "settlement.computed" : "settlement.recomputed");
      redirect.addFlashAttribute("messageArg", parsed.toString());
      return "redirect:/settlements/" + parsed;
    } catch (Conflict e) {
      return refused(model, response, HttpStatus.CONFLICT, "settlement.error.locked", parsed);
    }
  }

  /**
   * Publishes the month. While appeals in it wait for a decision, it is published only once the
   * user confirms that on the month page, which lists them; otherwise the user is sent there.
   */
  @PostMapping("/settlements/{month}/publish")
  String publish(
      @PathVariable YearMonth month,
      @RequestParam(defaultValue = "false") boolean confirmPending,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    try {
      if (!confirmPending
          && canClose(scope)
          && isDraft(month)
          && !ledger.pendingAppeals(scope, month).isEmpty()) {
        redirect.addFlashAttribute("publishBlocked", true);
        return "redirect:/settlements/" + month + "#publish";
      }
      close.publish(scope, month);
      redirect.addFlashAttribute("message", "settlement.published");
      redirect.addFlashAttribute("messageArg", month.toString());
      return "redirect:/settlements";
    } catch (Conflict e) {
      return refused(
          model, response, HttpStatus.CONFLICT, "settlement.error.alreadyPublished", month);
    } catch (NotFound e) {
      return refused(model, response, HttpStatus.NOT_FOUND, "settlement.error.notComputed", month);
    }
  }

  @GetMapping("/settlements/{month}")
  String overview(
      @PathVariable YearMonth month,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "asc") String dir,
      Model model) {
    AccessScope scope = currentUser.scope();
    String own = ownCode(scope);
    if (own != null) {
      // staff have no store overview: their own statement of the month, once published
      close.get(scope, month, own);
      return "redirect:/settlements/" + month + "/statements/" + own;
    }
    List<Store> stores = pages.visibleStores(scope);
    String store = pages.storeFilter(scope, storeCode);
    StatementSort order = StatementSort.parse(sort);
    boolean descending = "desc".equalsIgnoreCase(dir);
    StatementPages.MonthView view = pages.month(scope, month);
    MonthOverview overview = MonthOverview.of(view.statements(), store, order, descending);
    model.addAttribute("settlement", view.settlement());
    model.addAttribute("overview", overview);
    model.addAttribute("stores", stores);
    model.addAttribute("storeCode", store);
    model.addAttribute("sort", order.param());
    model.addAttribute("dir", descending ? "desc" : "asc");
    model.addAttribute(
        "chart",
        json.writeValueAsString(
            Map.of("labels", overview.chartLabels(), "values", overview.chartValues())));
    boolean closes = canClose(scope);
    model.addAttribute("canClose", closes);
    model.addAttribute(
        "pendingAppeals",
        closes && view.settlement().status() == SettlementStatus.DRAFT
            ? pages.pendingAppeals(scope, month)
            : List.of());
    return "settlements/month";
  }

  @GetMapping("/settlements/{month}/statements/{employeeCode}")
  String statement(@PathVariable YearMonth month, @PathVariable String employeeCode, Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("statement", pages.statement(scope, month, employeeCode));
    model.addAttribute("ownOnly", ownCode(scope) != null);
    return "settlements/statement";
  }

  /** Whether the month is computed and not yet published: the short list of months says. */
  private boolean isDraft(YearMonth month) {
    return close.months().stream()
        .anyMatch(m -> m.month().equals(month) && m.status() == SettlementStatus.DRAFT);
  }

  /** Staff's own employee code: they see only their own statements; null for everyone else. */
  private String ownCode(AccessScope scope) {
    return scope.role() == Role.STAFF ? organization.codes(scope).employeeCode() : null;
  }

  /** The list again, with the reason the action was refused and the matching status. */
  private String refused(
      Model model, HttpServletResponse response, HttpStatus status, String key, Object arg) {
    response.setStatus(status.value());
    model.addAttribute("error", key);
    model.addAttribute("errorArg", String.valueOf(arg));
    if (arg instanceof YearMonth month) {
      model.addAttribute("month", month);
    }
    return list(model);
  }

  /** Only group CS and administrators close months; {@link MonthClose} enforces the same. */
  static boolean canClose(AccessScope scope) {
    return scope.allStores() && scope.canWrite();
  }

  private static String stamp(Instant at, ZoneId zone) {
    return at == null ? null : STAMP.format(at.atZone(zone));
  }
}
