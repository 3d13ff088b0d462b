package kefu.registers.uniforms.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.NavItem;
import kefu.registers.Corrections;
import kefu.registers.RegisterPages;
import kefu.registers.RegisterPrint;
import kefu.registers.uniforms.UniformDamage;
import kefu.registers.uniforms.UniformMovement;
import kefu.registers.uniforms.UniformRegister;
import kefu.registers.uniforms.UniformStock;
import org.springframework.context.annotation.Bean;
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
 * The uniform page: the stock by item and size, deliveries accepted, issues on a requisition,
 * damage and loss reports, plans and the renewals due.
 */
@Controller
@RequestMapping(UniformPages.TARGET)
class UniformPages extends RegisterPages.FormPage {

  static final String TARGET = "/registers/uniforms";

  private final UniformRegister uniforms;
  private final Organization organization;
  private final UniformPrint print;

  UniformPages(
      UniformRegister uniforms,
      CurrentUser currentUser,
      Organization organization,
      UniformPrint print,
      Corrections corrections) {
    super(TARGET, currentUser, corrections);
    this.uniforms = uniforms;
    this.organization = organization;
    this.print = print;
  }

  @Bean
  static NavItem uniformsNavItem() {
    return new NavItem(
        "uniforms", TARGET, "nav.registers.uniforms", RegisterPages.READERS, 61, "custody");
  }

  /** The stock as a grid: one row per item, one column per size seen. */
  record StockGrid(List<String> sizes, Map<String, Map<String, Integer>> items) {
    static StockGrid of(List<UniformStock> stock) {
      TreeSet<String> sizes = new TreeSet<>();
      Map<String, Map<String, Integer>> items = new TreeMap<>();
      for (UniformStock s : stock) {
        sizes.add(s.size());
        items.computeIfAbsent(s.item(), k -> new TreeMap<>()).put(s.size(), s.quantity());
      }
      return new StockGrid(List.copyOf(sizes), items);
    }
  }

  @GetMapping
  String page(Model model) {
    return show(null, model);
  }

  /** The uniforms are kept for the whole group: the page shows no one store. */
  @Override
  public String show(String storeCode, Model model) {
    AccessScope scope = scope();
    model.addAttribute("grid", StockGrid.of(uniforms.stock(scope)));
    model.addAttribute("movements", uniforms.movements(scope));
    model.addAttribute("damages", uniforms.damages(scope));
    model.addAttribute("plans", uniforms.plans(scope));
    corrections(model, scope, null, List.of("uniform-movement", "uniform-damage"));
    model.addAttribute("renewals", uniforms.renewalsDue(scope, organization.today()));
    model.addAttribute("damageKinds", UniformDamage.Kind.values());
    RegisterPages.forms(model, scope);
    model.addAttribute("today", organization.today());
    return "registers/uniforms";
  }

  @PostMapping("/stock")
  String receive(
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) Integer quantity,
      Model model,
      RedirectAttributes redirect) {
    var receipt = new UniformRegister.NewReceipt(item, size, quantity, null);
    return post(
        "receipt",
        "registers.uniform.received",
        null,
        model,
        redirect,
        s -> uniforms.receive(s, receipt));
  }

  @PostMapping("/issues")
  String issue(
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) Integer quantity,
      @RequestParam(required = false) LocalDate issuedOn,
      @RequestParam(required = false) String approverCode,
      Model model,
      RedirectAttributes redirect) {
    var issue =
        new UniformRegister.NewIssue(employeeCode, item, size, quantity, issuedOn, approverCode);
    return post(
        "issue", "registers.uniform.issued", null, model, redirect, s -> uniforms.issue(s, issue));
  }

  /** An issue's requisition for the paper file, signed by the wearer and the department head. */
  @GetMapping("/issues/{id}.pdf")
  ResponseEntity<byte[]> requisition(@PathVariable long id) {
    UniformMovement issue = uniforms.issued(scope(), id);
    return RegisterPrint.answer("uniform-requisition-" + id, print.requisition(issue));
  }

  @PostMapping("/damages")
  String damage(
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) String size,
      @RequestParam(required = false) UniformDamage.Kind kind,
      @RequestParam(defaultValue = "false") boolean personalFault,
      @RequestParam(required = false) BigDecimal compensation,
      @RequestParam(required = false) LocalDate reportedOn,
      @RequestParam(required = false) String note,
      Model model,
      RedirectAttributes redirect) {
    var damage =
        new UniformRegister.NewDamage(
            employeeCode, item, size, kind, personalFault, compensation, reportedOn, note);
    return post(
        "damage",
        "registers.uniform.damageReported",
        null,
        model,
        redirect,
        s -> uniforms.reportDamage(s, damage));
  }
}
