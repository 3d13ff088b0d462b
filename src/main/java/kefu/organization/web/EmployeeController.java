package kefu.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Employee;
import kefu.organization.EmployeeFilter;
import kefu.organization.EmployeeForm;
import kefu.organization.EmployeeImport;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.Position;
import kefu.organization.Store;
import kefu.platform.BadInput;
import kefu.platform.CodeLabels;
import kefu.platform.Conflict;
import kefu.platform.EmployeePanel;
import kefu.platform.ExcelExport;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Employee pages: list and search, create and edit, history and transfer, and export. */
@Controller
record EmployeeController(
    Organization organization,
    CurrentUser currentUser,
    ExcelExport excel,
    EmployeeImport importer,
    ObjectProvider<EmployeePanel> panels) {

  private static final int PAGE_SIZE = 20;

  @ModelAttribute("positions")
  Position[] positions() {
    return Position.values();
  }

  @ModelAttribute("levels")
  Level[] levels() {
    return Level.values();
  }

  @GetMapping("/employees")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) Position position,
      @RequestParam(required = false) Level level,
      @RequestParam(defaultValue = "false") boolean includeLeft,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    AccessScope scope = currentUser.scope();
    Page<Employee> result = search(scope, q, storeCode, position, level, includeLeft, page);
    model.addAttribute("page", result);
    model.addAttribute("q", q);
    model.addAttribute("storeCode", storeCode);
    model.addAttribute("position", position);
    model.addAttribute("level", level);
    model.addAttribute("includeLeft", includeLeft);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("canWrite", scope.canWrite());
    model.addAttribute("today", organization.today());
    model.addAttribute(
        "query",
        "/employees?q="
            + (q == null ? "" : q)
            + "&storeCode="
            + (storeCode == null ? "" : storeCode)
            + "&position="
            + (position == null ? "" : position)
            + "&level="
            + (level == null ? "" : level)
            + "&includeLeft="
            + includeLeft);
    return htmx != null ? "employees/list :: results" : "employees/list";
  }

  private Page<Employee> search(
      AccessScope scope,
      String q,
      String storeCode,
      Position position,
      Level level,
      boolean includeLeft,
      int page) {
    return organization.searchEmployees(
        scope,
        new EmployeeFilter(q, storeId(scope, storeCode), position, level, includeLeft),
        PageRequest.of(InputRules.page(page), PAGE_SIZE, Sort.by("code")));
  }

  /** One person the employee picker offers. */
  record PickerOption(String code, String name, String storeName) {}

  private static final int PICKER_SIZE = 8;

  /**
   * The employee picker's list for what was typed in its field ({@code field} names it): people
   * whose name or 工号 contains it, among those the user may see, within {@code storeCode} when the
   * form has chosen a store.
   */
  @GetMapping("/employees/options")
  String options(
      @RequestParam(defaultValue = "q") String field,
      @RequestParam(required = false) String storeCode,
      HttpServletRequest request,
      Model model) {
    String typed = request.getParameter(field);
    List<PickerOption> options = new java.util.ArrayList<>();
    boolean searched = typed != null && !typed.isBlank() && InputRules.isSingleLine(typed);
    if (searched) {
      AccessScope scope = currentUser.scope();
      LocalDate today = organization.today();
      Page<Employee> found;
      try {
        found =
            organization.searchEmployees(
                scope,
                new EmployeeFilter(typed, storeId(scope, storeCode), null, null, false),
                PageRequest.of(0, PICKER_SIZE, Sort.by("code")));
      } catch (NotFound e) {
        found = Page.empty();
      }
      found.forEach(
          e ->
              options.add(
                  new PickerOption(
                      e.getCode(),
                      e.getName(),
                      e.postOn(today).map(a -> a.getStore().getName()).orElse(null))));
    }
    model.addAttribute("options", options);
    model.addAttribute("searched", searched);
    return "fragments/employee-picker :: options";
  }

  private Long storeId(AccessScope scope, String storeCode) {
    return storeCode == null || storeCode.isBlank()
        ? null
        : organization.store(scope, storeCode).getId();
  }

  @GetMapping("/employees/new")
  String newForm(Model model) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    EmployeeForm form = new EmployeeForm();
    form.setHiredOn(organization.today());
    form.setPosition(Position.CS_AGENT);
    form.setLevel(Level.TRAINEE);
    model.addAttribute("form", form);
    return formPage(scope, model, true);
  }

  @PostMapping("/employees")
  String create(
      @Valid @ModelAttribute("form") EmployeeForm form, BindingResult binding, Model model) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    if (!binding.hasErrors()) {
      try {
        Employee e = organization.createEmployee(scope, form);
        return "redirect:/employees/" + e.getCode();
      } catch (Conflict e) {
        binding.rejectValue("code", "validation.duplicate");
      } catch (BadInput e) {
        reject(binding, e.problems());
      } catch (Forbidden e) {
        binding.rejectValue("storeCode", "import.storeNotAllowed");
      }
    }
    return formPage(scope, model, true);
  }

  @GetMapping("/employees/{code}")
  String detail(@PathVariable String code, Model model) {
    AccessScope scope = currentUser.scope();
    Employee e = organization.employee(scope, code);
    model.addAttribute("employee", e);
    model.addAttribute("today", organization.today());
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("canWrite", scope.canWrite() && !scope.confinedToEmployee().isPresent());
    model.addAttribute(
        "panels",
        panels
            .orderedStream()
            .sorted(Comparator.comparingInt(EmployeePanel::order))
            .map(p -> p.draw(e.getCode()))
            .filter(Objects::nonNull)
            .toList());
    if (!model.containsAttribute("transferFrom")) {
      model.addAttribute("transferFrom", organization.today());
    }
    return "employees/detail";
  }

  @GetMapping("/employees/{code}/edit")
  String edit(@PathVariable String code, Model model) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    model.addAttribute(
        "form", EmployeeForm.of(organization.employee(scope, code), organization.today()));
    return formPage(scope, model, false);
  }

  @PostMapping("/employees/{code}")
  String update(
      @PathVariable String code,
      @Valid @ModelAttribute("form") EmployeeForm form,
      BindingResult binding,
      Model model) {
    AccessScope scope = currentUser.scope();
    scope.requireWriter();
    form.setCode(code);
    if (!binding.hasErrors()) {
      try {
        organization.updateEmployee(scope, code, form);
        return "redirect:/employees/" + code;
      } catch (BadInput e) {
        reject(binding, e.problems());
      }
    }
    return formPage(scope, model, false);
  }

  @PostMapping("/employees/{code}/transfer")
  String transfer(
      @PathVariable String code,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) Position position,
      @RequestParam(required = false) String from,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    try {
      LocalDate day = InputRules.time("from", LocalDate.class, from);
      if (position == null || day == null) {
        throw new BadInput("from", "validation.required");
      }
      organization.assign(scope, code, storeCode, position, day);
      redirect.addFlashAttribute("message", "transfer.done");
    } catch (RuleRefused e) {
      redirect.addFlashAttribute("transferError", e.getMessage());
    } catch (BadInput e) {
      redirect.addFlashAttribute("transferError", e.problems().get(0).message());
    } catch (Forbidden e) {
      redirect.addFlashAttribute("transferError", "import.storeNotAllowed");
    }
    return "redirect:/employees/" + code;
  }

  @GetMapping("/employees/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) Position position,
      @RequestParam(required = false) Level level,
      @RequestParam(defaultValue = "false") boolean includeLeft) {
    AccessScope scope = currentUser.scope();
    List<List<Object>> rows = new java.util.ArrayList<>();
    LocalDate today = organization.today();
    CodeLabels positions = importer.positions();
    CodeLabels levels = importer.levels();
    Page<Employee> page;
    int n = 0;
    do {
      page = search(scope, q, storeCode, position, level, includeLeft, n++);
      for (Employee e : page) {
        var a = e.postOn(today);
        rows.add(
            java.util.Arrays.asList(
                e.getCode(),
                e.getName(),
                a.map(x -> x.getStore().getName() + " (" + x.getStore().getCode() + ")")
                    .orElse(null),
                a.map(x -> positions.display(x.getPosition().name())).orElse(null),
                levels.display(e.payOn(today).getLevel().name()),
                e.getHiredOn(),
                e.payOn(today).getBaseSalary(),
                e.getPhone(),
                e.getEmail(),
                e.getLeftOn()));
      }
    } while (page.hasNext());
    return excel.download("employees.xlsx", "export.employees.sheet", exportHeaders(), rows);
  }

  private String formPage(AccessScope scope, Model model, boolean creating) {
    model.addAttribute("creating", creating);
    model.addAttribute(
        "stores",
        organization.visibleStores(scope).stream()
            .filter(s -> scope.canWriteStore(s.getId()))
            .map(Store::getCode)
            .toList());
    return "employees/form";
  }

  /**
   * The export's columns: those of the import sheet, so an export can be imported (codes are
   * written with their labels, which the import reads), and leftOn.
   */
  private static List<String> exportHeaders() {
    List<String> keys =
        new java.util.ArrayList<>(
            EmployeeImport.FORMAT.names().stream().map(EmployeeImport.FORMAT::label).toList());
    keys.add("employee.leftOn");
    return keys;
  }

  private static void reject(BindingResult binding, List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      binding.rejectValue(p.field(), p.message(), p.message());
    }
  }
}
