package kefu.registers.members.web;

import java.time.LocalDate;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.InputRules;
import kefu.platform.NavItem;
import kefu.registers.desk.DeskPage;
import kefu.registers.members.Members;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member pages: the files that stand (search, open a file) and one file with its callbacks. */
@Controller
class MemberPages {

  private final Members members;
  private final DeskPage desk;
  private final Organization organization;

  MemberPages(Members members, DeskPage desk, Organization organization) {
    this.members = members;
    this.desk = desk;
    this.organization = organization;
  }

  @Bean
  static NavItem membersNav() {
    return new NavItem("members", "/members", "member.title", "isAuthenticated()", 65, "desk");
  }

  @GetMapping("/members")
  String list(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String q,
      Model model) {
    AccessScope scope = desk.scope();
    String store = desk.storeFilter(scope, storeCode, model);
    model.addAttribute("q", q);
    model.addAttribute("members", members.search(scope, store, q));
    model.addAttribute("today", organization.today());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/members/list";
  }

  @PostMapping("/members")
  String open(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
    return desk.step(
        redirect,
        "/members",
        "member.opened",
        scope ->
            members.open(
                scope,
                new Members.Params(
                    form.get("storeCode"),
                    form.get("memberNo"),
                    form.get("name"),
                    form.get("phone"),
                    InputRules.time("joinedOn", LocalDate.class, form.get("joinedOn")),
                    null)));
  }

  @GetMapping("/members/{id}")
  String detail(@PathVariable long id, Model model) {
    AccessScope scope = desk.scope();
    model.addAttribute("member", members.get(scope, id));
    model.addAttribute("zone", organization.zone());
    model.addAttribute("now", desk.now());
    model.addAttribute("canWrite", scope.canWrite());
    return "registers/members/detail";
  }

  @PostMapping("/members/{id}/callbacks")
  String callBack(
      @PathVariable long id,
      @RequestParam(required = false) String calledAt,
      @RequestParam(required = false) String outcome,
      RedirectAttributes redirect) {
    return desk.step(
        redirect,
        "/members/" + id,
        "member.calledBack",
        scope ->
            members.callBack(
                scope,
                id,
                new Members.CallbackParams(desk.typedAt("calledAt", calledAt), outcome)));
  }
}
