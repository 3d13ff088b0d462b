package kefu.settlement.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.ExcelExport;
import kefu.platform.FieldRefusal;
import kefu.platform.InputRules;
import kefu.policy.InvalidPack;
import kefu.policy.PackHistory;
import kefu.policy.PolicyPacks;
import kefu.settlement.MonthSimulation;
import kefu.settlement.Simulation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if page (试算): pick a pack's saved version or paste a draft, a month and stores; see who
 * changes and by how much, the totals, a chart of the distribution before and after, and take the
 * table to Excel. Reached from a saved version's page and from the pack editor.
 */
@Controller
record SimulationController(
    MonthSimulation simulation,
    PolicyPacks packs,
    Organization organization,
    CurrentUser currentUser,
    ExcelExport excel,
    JsonMapper json) {

  private static final String PAGE = "settlements/simulate";

  @GetMapping("/settlements/simulate")
  String form(
      @RequestParam(required = false) String packId,
      @RequestParam(required = false) Integer version,
      Model model) {
    List<PackHistory> all = packs.packs();
    PackHistory pack =
        all.stream().filter(h -> h.packId().equals(packId)).findFirst().orElse(all.get(0));
    int shown = version != null ? version : pack.latest().ref().version();
    return show(new Form(pack.packId(), shown, null, lastMonth(), null), null, model);
  }

  @PostMapping("/settlements/simulate")
  String run(
      @RequestParam(required = false) String packId,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String yaml,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) List<String> storeCodes,
      Model model) {
    Form form = new Form(packId, version, yaml, month, storeCodes);
    if (month == null) {
      // from the pack editor: the draft comes first, the month is chosen here
      return show(new Form(packId, version, yaml, lastMonth(), storeCodes), null, model);
    }
    try {
      return show(form, simulate(form), model);
    } catch (InvalidPack e) {
      model.addAttribute("problems", e.packProblems());
      return show(form, null, model);
    } catch (FieldRefusal e) {
      model.addAttribute("error", e.getMessage());
      return show(form, null, model);
    }
  }

  @PostMapping("/settlements/simulate/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String packId,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String yaml,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) List<String> storeCodes) {
    Simulation s = simulate(new Form(packId, version, yaml, month, storeCodes));
    Map<String, String> names =
        organization.employeeNames(
            s.changes().stream().map(Simulation.Change::employeeCode).toList());
    List<List<Object>> rows = new ArrayList<>();
    for (Simulation.Change c : s.changes()) {
      rows.add(
          Arrays.asList(
              c.employeeCode(),
              names.getOrDefault(c.employeeCode(), ""),
              c.storeCode(),
              c.before().fineTotal().decimal(),
              c.after().fineTotal().decimal(),
              c.fineChange().decimal(),
              c.before().pointsDeducted().decimal(),
              c.after().pointsDeducted().decimal(),
              remaining(c.before()),
              remaining(c.after()),
              String.join(", ", c.before().flags()),
              String.join(", ", c.after().flags()),
              c.before().score(),
              c.after().score(),
              amount(c.before().netPay()),
              amount(c.after().netPay()),
              amount(c.netPayChange())));
    }
    return excel.download(
        "simulation-" + s.packId() + "-" + s.month() + ".xlsx",
        "simulation.sheet",
        List.of(
            "settlement.col.employeeCode",
            "settlement.col.employeeName",
            "settlement.col.storeCode",
            "simulation.col.fineBefore",
            "simulation.col.fineAfter",
            "simulation.col.fineChange",
            "simulation.col.pointsBefore",
            "simulation.col.pointsAfter",
            "simulation.col.remainingBefore",
            "simulation.col.remainingAfter",
            "simulation.col.flagsBefore",
            "simulation.col.flagsAfter",
            "simulation.col.scoreBefore",
            "simulation.col.scoreAfter",
            "simulation.col.netBefore",
            "simulation.col.netAfter",
            "simulation.col.netChange"),
        rows);
  }

  /** What the page's form holds, sent back with the result so it can be changed and run again. */
  record Form(String packId, Integer version, String yaml, String month, List<String> storeCodes) {
    boolean draft() {
      return yaml != null && !yaml.isBlank();
    }
  }

  private Simulation simulate(Form form) {
    return simulation.simulate(
        currentUser.scope(),
        new MonthSimulation.Order(
            form.packId(),
            form.draft() ? null : form.version(),
            form.draft() ? form.yaml() : null,
            month(form.month()),
            form.storeCodes()));
  }

  private static YearMonth month(String text) {
    try {
      return text == null || text.isBlank() ? null : InputRules.time(YearMonth.class, text);
    } catch (java.time.DateTimeException e) {
      throw new BadInput("month", "settlement.month.invalid");
    }
  }

  private String show(Form form, Simulation result, Model model) {
    AccessScope scope = currentUser.scope();
    MonthSimulation.requireSimulator(scope);
    model.addAttribute("form", form);
    model.addAttribute("packs", packs.packs());
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("result", result);
    if (result != null) {
      model.addAttribute(
          "names",
          organization.employeeNames(
              result.changes().stream().map(Simulation.Change::employeeCode).toList()));
      model.addAttribute("chart", json.writeValueAsString(result.distribution()));
    }
    return PAGE;
  }

  private String lastMonth() {
    return YearMonth.from(organization.today()).minusMonths(1).toString();
  }

  private static BigDecimal amount(kefu.shared.Money m) {
    return m == null ? null : m.decimal();
  }

  private static BigDecimal remaining(Simulation.Figures f) {
    return f.pointsRemaining() == null ? null : f.pointsRemaining().decimal();
  }
}
