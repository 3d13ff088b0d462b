package kefu.registers.lostfound.web;

import java.time.LocalDateTime;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskSteps;
import kefu.registers.lostfound.LostAndFound;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lost-and-found page: register a found item, and the unclaimed ones with their next steps. */
@Controller
class LostAndFoundPages {

  private final LostAndFound register;
  private final CurrentUser currentUser;
  private final Organization organization;

  LostAndFoundPages(LostAndFound register, CurrentUser currentUser, Organization organization) {
    this.register = register;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  static NavItem lostFoundNav() {
    return new NavItem(
        "lost-found", "/lost-found", "lostfound.title", "isAuthenticated()", 63, "desk");
  }

  @GetMapping("/lost-found")
  String page(@RequestParam(required = false) String storeCode, Model model) {
    AccessScope scope = currentUser.scope();
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode;
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("items", register.unclaimed(scope, store));
    model.addAttribute("today", organization.today());
    model.addAttribute(
        "now", LocalDateTime.now(organization.zone()).withSecond(0).withNano(0).toString());
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/lost-found/page";
  }

  @PostMapping("/lost-found")
  String registerItem(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/lost-found",
        "lostfound.registered",
        () -> {
          LocalDateTime at = InputRules.time("foundAt", LocalDateTime.class, form.get("foundAt"));
          register.register(
              currentUser.scope(),
              new LostAndFound.Params(
                  form.get("storeCode"),
                  form.get("description"),
                  form.get("foundWhere"),
                  form.get("foundBy"),
                  at == null ? null : at.atZone(organization.zone()).toOffsetDateTime()));
        });
  }

  @PostMapping("/lost-found/{id}/announcement")
  String announce(@PathVariable long id, RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/lost-found",
        "lostfound.announced",
        () -> register.announce(currentUser.scope(), id));
  }

  @PostMapping("/lost-found/{id}/manager")
  String handOver(
      @PathVariable long id,
      @RequestParam(required = false) String managerCode,
      RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/lost-found",
        "lostfound.handed",
        () -> register.handToManager(currentUser.scope(), id, managerCode));
  }

  @PostMapping("/lost-found/{id}/claim")
  String claim(
      @PathVariable long id,
      @RequestParam(required = false) String claimantName,
      @RequestParam(required = false) String claimantIdNumber,
      RedirectAttributes redirect) {
    return DeskSteps.run(
        redirect,
        "/lost-found",
        "lostfound.claimed",
        () ->
            register.claim(
                currentUser.scope(), id, new LostAndFound.Claim(claimantName, claimantIdNumber)));
  }
}
