package kefu.registers.returns.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.ExcelExport;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskPage;
import kefu.registers.returns.ReturnKind;
import kefu.registers.returns.ReturnReason;
import kefu.registers.returns.Returns;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The returns page: enter a return or exchange, the month's entries, and the analysis by reason as
 * a table, a chart and an Excel sheet.
 */
@Controller
class ReturnsPages {

  private final Returns returns;
  private final DeskPage desk;
  private final Organization organization;
  private final ExcelExport excel;
  private final MessageSource messages;
  private final JsonMapper json;

  ReturnsPages(
      Returns returns,
      DeskPage desk,
      Organization organization,
      ExcelExport excel,
      MessageSource messages,
      JsonMapper json) {
    this.json = json;
    this.returns = returns;
    this.desk = desk;
    this.organization = organization;
    this.excel = excel;
    this.messages = messages;
  }

  @Bean
  static NavItem returnsNav() {
    return new NavItem("returns", "/returns", "returns.title", "isAuthenticated()", 62, "desk");
  }

  @GetMapping("/returns")
  String page(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month,
      Model model) {
    AccessScope scope = desk.scope();
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    String store = desk.storeFilter(scope, storeCode, model);
    Returns.Analysis analysis = returns.analysis(scope, store, m);
    model.addAttribute("month", m);
    model.addAttribute("entries", returns.month(scope, store, m));
    model.addAttribute("analysis", analysis);
    model.addAttribute("chart", chart(analysis));
    model.addAttribute("kinds", ReturnKind.values());
    model.addAttribute("reasons", ReturnReason.values());
    model.addAttribute("today", organization.today());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/returns/page";
  }

  @PostMapping("/returns")
  String record(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    return desk.step(
        redirect,
        "/returns",
        "returns.recorded",
        scope ->
            returns.record(
                scope,
                new Returns.Params(
                    form.get("storeCode"),
                    enumOf(ReturnKind.class, "kind", form.get("kind")),
                    InputRules.time("occurredOn", LocalDate.class, form.get("occurredOn")),
                    form.get("product"),
                    enumOf(ReturnReason.class, "reason", form.get("reason")),
                    form.get("note"),
                    null)));
  }

  @GetMapping("/returns/analysis.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month) {
    YearMonth m = month == null ? YearMonth.from(organization.today()) : month;
    Returns.Analysis a =
        returns.analysis(
            desk.scope(), storeCode == null || storeCode.isBlank() ? null : storeCode, m);
    List<List<Object>> rows = new ArrayList<>();
    for (Returns.ReasonCount c : a.reasons()) {
      rows.add(
          List.of(
              label(c.reason()) + " (" + c.reason() + ")", c.returns(), c.exchanges(), c.total()));
    }
    rows.add(
        List.of(
            text("returns.total"),
            sum(a, ReturnKind.RETURN),
            sum(a, ReturnKind.EXCHANGE),
            a.total()));
    return excel.download(
        "returns-" + m + (a.storeCode() == null ? "" : "-" + a.storeCode()) + ".xlsx",
        "returns.analysis.sheet",
        List.of("returns.reason", "returns.kind.RETURN", "returns.kind.EXCHANGE", "returns.total"),
        rows);
  }

  private static long sum(Returns.Analysis a, ReturnKind kind) {
    return a.reasons().stream()
        .mapToLong(c -> kind == ReturnKind.RETURN ? c.returns() : c.exchanges())
        .sum();
  }

  /** The chart's data: reasons as labels, returns and exchanges as two stacked series. */
  private String chart(Returns.Analysis a) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", a.reasons().stream().map(c -> label(c.reason())).toList());
    data.put(
        "datasets",
        List.of(
            Map.of(
                "label", text("returns.kind.RETURN"),
                "values", a.reasons().stream().map(Returns.ReasonCount::returns).toList()),
            Map.of(
                "label", text("returns.kind.EXCHANGE"),
                "values", a.reasons().stream().map(Returns.ReasonCount::exchanges).toList())));
    return json.writeValueAsString(data);
  }

  private String label(ReturnReason reason) {
    return text("returns.reason." + reason);
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new kefu.platform.BadInput(field, "problem.badValue");
    }
  }
}
