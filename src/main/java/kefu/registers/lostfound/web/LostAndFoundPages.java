package kefu.registers.lostfound.web;

import java.util.Map;
import java.util.function.Consumer;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskPage;
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
  private final DeskPage desk;
  private final Organization organization;

  LostAndFoundPages(LostAndFound register, DeskPage desk, Organization organization) {
    this.register = register;
    this.desk = desk;
    this.organization = organization;
  }

  @Bean
  static NavItem lostFoundNav() {
    return new NavItem(
        "lost-found", "/lost-found", "lostfound.title", "isAuthenticated()", 63, "desk");
  }

  @GetMapping("/lost-found")
  String page(@RequestParam(required = false) String storeCode, Model model) {
    AccessScope scope = desk.scope();
    String store = desk.storeFilter(scope, storeCode, model);
    model.addAttribute("items", register.unclaimed(scope, store));
    model.addAttribute("today", organization.today());
    model.addAttribute("now", desk.now());
    model.addAttribute("zone", organization.zone());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/lost-found/page";
  }

  @PostMapping("/lost-found")
  String registerItem(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    return step(
        redirect,
        "lostfound.registered",
        scope ->
            register.register(
                scope,
                new LostAndFound.Params(
                    form.get("storeCode"),
                    form.get("description"),
                    form.get("foundWhere"),
                    form.get("foundBy"),
                    desk.typedAt("foundAt", form.get("foundAt")))));
  }

  @PostMapping("/lost-found/{id}/announcement")
  String announce(@PathVariable long id, RedirectAttributes redirect) {
    return step(redirect, "lostfound.announced", scope -> register.announce(scope, id));
  }

  @PostMapping("/lost-found/{id}/manager")
  String handOver(
      @PathVariable long id,
      @RequestParam(required = false) String managerCode,
      RedirectAttributes redirect) {
    return step(
        redirect, "lostfound.handed", scope -> register.handToManager(scope, id, managerCode));
  }

  @PostMapping("/lost-found/{id}/claim")
  String claim(
      @PathVariable long id,
      @RequestParam(required = false) String claimantName,
      @RequestParam(required = false) String claimantIdNumber,
      RedirectAttributes redirect) {
    return step(
        redirect,
        "lostfound.claimed",
        scope -> register.claim(scope, id, new LostAndFound.Claim(claimantName, claimantIdNumber)));
  }

  private String step(RedirectAttributes redirect, String doneKey, Consumer<AccessScope> step) {
    return desk.step(redirect, "/lost-found", doneKey, step);
  }
}
