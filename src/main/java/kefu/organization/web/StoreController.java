package kefu.organization.web;

import jakarta.validation.Valid;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.Conflict;
import kefu.platform.ExcelExport;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store list with search, inline rename (htmx) and creation by group administrators. */
@Controller
record StoreController(Organization organization, CurrentUser currentUser, ExcelExport excel) {

  private static final int PAGE_SIZE = 20;

  @GetMapping("/stores")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    AccessScope scope = currentUser.scope();
    if (!model.containsAttribute("storeForm")) {
      model.addAttribute("storeForm", new StoreForm());
    }
    return render(scope, q, page, model);
  }

  private String render(AccessScope scope, String q, int page, Model model) {
    model.addAttribute("q", q);
    model.addAttribute(
        "page",
        organization.searchStores(scope, q, PageRequest.of(InputRules.page(page), PAGE_SIZE)));
    model.addAttribute("canCreate", scope.allStores() && scope.canWrite());
    model.addAttribute("canEdit", scope.canWrite());
    return "stores/list";
  }

  @PostMapping("/stores")
  String create(
      @Valid @ModelAttribute("storeForm") StoreForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    if (!binding.hasErrors()) {
      try {
        organization.createStore(scope, form.getCode(), form.getName());
        return "redirect:/stores";
      } catch (Conflict e) {
        binding.rejectValue("code", "validation.duplicate");
      }
    }
    return render(scope, null, 0, model);
  }

  @GetMapping("/stores/{code}/edit")
  String edit(@PathVariable String code, Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("s", organization.store(scope, code));
    if (!scope.canWrite()) {
      throw new Forbidden("read-only");
    }
    model.addAttribute("error", false);
    return "stores/row :: edit(s=${s}, error=${error})";
  }

  @GetMapping("/stores/{code}/row")
  String row(@PathVariable String code, Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("s", organization.store(scope, code));
    model.addAttribute("canEdit", scope.canWrite());
    return "stores/row :: row(s=${s}, canEdit=${canEdit})";
  }

  @PutMapping("/stores/{code}")
  String rename(
      @PathVariable String code, @RequestParam(required = false) String name, Model model) {
    AccessScope scope = currentUser.scope();
    if (name == null || name.isBlank() || name.length() > 200 || !InputRules.isSingleLine(name)) {
      model.addAttribute("s", organization.store(scope, code));
      model.addAttribute("error", true);
      return "stores/row :: edit(s=${s}, error=${error})";
    }
    model.addAttribute("s", organization.renameStore(scope, code, name));
    model.addAttribute("canEdit", scope.canWrite());
    return "stores/row :: row(s=${s}, canEdit=${canEdit})";
  }

  @GetMapping("/stores/export.xlsx")
  ResponseEntity<byte[]> export() {
    var rows =
        organization.visibleStores(currentUser.scope()).stream()
            .map(s -> java.util.List.<Object>of(s.getCode(), s.getName()))
            .toList();
    return excel.download(
        "stores.xlsx",
        "export.stores.sheet",
        java.util.List.of("stores.code", "stores.name"),
        rows);
  }
}
