package kefu.organization.web;

import java.time.LocalDate;
import kefu.organization.AccessScope;
import kefu.organization.ApiTokens;
import kefu.organization.CurrentUser;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.GroupZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account menu's API tokens page: list, make (the secret is shown once), revoke. */
@Controller
record TokenController(ApiTokens tokens, CurrentUser currentUser, GroupZone zone) {

  @GetMapping("/account/tokens")
  String page(Model model) {
    AccessScope scope = currentUser.scope();
    model.addAttribute("tokens", tokens.visible(scope));
    model.addAttribute("showOwner", scope.isAdmin());
    model.addAttribute("zone", zone.zone());
    return "account/tokens";
  }

  @PostMapping("/account/tokens")
  String create(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate expiresOn,
      RedirectAttributes redirect) {
    try {
      ApiTokens.Created created = tokens.create(currentUser.scope(), name, expiresOn);
      // a flash attribute lives for the next request only: the secret is shown exactly once
      redirect.addFlashAttribute("secret", created.secret());
      redirect.addFlashAttribute("secretName", created.token().getName());
    } catch (BadInput e) {
      FieldProblem problem = e.problems().get(0);
      redirect.addFlashAttribute("errorField", problem.field());
      redirect.addFlashAttribute("error", problem.message());
      redirect.addFlashAttribute("name", name);
    }
    return "redirect:/account/tokens";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(currentUser.scope(), id);
    redirect.addFlashAttribute("message", "tokens.revoked");
    return "redirect:/account/tokens";
  }
}
