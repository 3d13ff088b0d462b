package kefu.assessment.ladder.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.assessment.ladder.Ladder;
import kefu.assessment.ladder.Ladder.ProposalRow;
import kefu.assessment.ladder.Recommendation;
import kefu.assessment.ladder.Title;
import kefu.assessment.ladder.TitleAward;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.Conflict;
import kefu.platform.EmployeePanel;
import kefu.platform.FieldRefusal;
import kefu.platform.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ladder's pages: who is proposed for a level change as of a day with the evidence, the
 * recommendations waiting for an executive, recommending and approving, and titles; and the level
 * history panel of the employee page.
 */
@Controller
record LadderPages(Ladder ladder, CurrentUser currentUser, Organization organization) {

  static final String MANAGERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  @Bean
  static NavItem ladderNav() {
    return new NavItem("ladder", "/ladder", "nav.ladder", MANAGERS, 35);
  }

  /** The level history and titles on the employee page, for whoever sees the employee. */
  @Bean
  static EmployeePanel ladderPanel(Ladder ladder, CurrentUser currentUser) {
    return new EmployeePanel(
        "ladder/parts :: levels",
        50,
        code -> {
          AccessScope scope = currentUser.scope();
          List<Recommendation> history = ladder.history(scope, code);
          List<TitleAward> titles = ladder.titles(scope, code);
          return history.isEmpty() && titles.isEmpty() ? null : new History(history, titles);
        });
  }

  /** What the employee page's panel shows. */
  record History(List<Recommendation> changes, List<TitleAward> titles) {}

  @GetMapping("/ladder")
  String page(
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(required = false) String storeCode,
      Model model) {
    AccessScope scope = currentUser.scope();
    LocalDate day = asOf == null ? organization.today() : asOf;
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode;
    List<ProposalRow> rows = ladder.proposals(scope, day, store);
    List<Recommendation> open = ladder.open(scope);
    Set<String> codes = new HashSet<>();
    rows.forEach(r -> codes.add(r.proposal().employeeCode()));
    open.forEach(r -> codes.add(r.employeeCode()));
    Map<String, String> names = organization.employeeNames(codes);
    model.addAttribute("asOf", day);
    model.addAttribute("storeCode", store);
    model.addAttribute("stores", organization.visibleStores(scope));
    model.addAttribute("rows", rows);
    model.addAttribute("open", open);
    model.addAttribute("names", names);
    model.addAttribute(
        "canRecommend", scope.role() == Role.GROUP_CS || scope.role() == Role.CS_MANAGER);
    model.addAttribute("canApprove", scope.role() == Role.EXECUTIVE);
    model.addAttribute("canAward", scope.canWrite());
    model.addAttribute("titles", Title.values());
    model.addAttribute("levels", Level.values());
    model.addAttribute("today", organization.today());
    return "ladder/proposals";
  }

  @PostMapping("/ladder/recommendations")
  String recommend(
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) Level toLevel,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(required = false) String storeCode,
      RedirectAttributes redirect) {
    var r = new Ladder.NewRecommendation(employeeCode, toLevel, reason);
    return change(
        redirect,
        back(asOf, storeCode),
        "ladder.page.recommended",
        () -> ladder.recommend(currentUser.scope(), r));
  }

  @PostMapping("/ladder/recommendations/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) Boolean approved,
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(required = false) String storeCode,
      RedirectAttributes redirect) {
    return change(
        redirect,
        back(asOf, storeCode),
        Boolean.TRUE.equals(approved) ? "ladder.page.approved" : "ladder.page.rejected",
        () -> ladder.decide(currentUser.scope(), id, new Ladder.NewDecision(approved)));
  }

  @PostMapping("/ladder/titles")
  String award(
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) Title title,
      @RequestParam(required = false) LocalDate awardedOn,
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(required = false) String storeCode,
      RedirectAttributes redirect) {
    var t = new Ladder.NewTitle(employeeCode, title, awardedOn);
    return change(
        redirect,
        back(asOf, storeCode),
        "ladder.page.awarded",
        () -> ladder.awardTitle(currentUser.scope(), t));
  }

  private static String back(LocalDate asOf, String storeCode) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/ladder");
    if (asOf != null) {
      b.queryParam("asOf", asOf);
    }
    if (storeCode != null && !storeCode.isBlank()) {
      b.queryParam("storeCode", storeCode);
    }
    return b.encode().build().toUriString();
  }

  /**
   * Runs the change and redirects back; a refusal comes back as its first problem's message and a
   * clash as its own. A 403 or 404 stays one.
   */
  private static String change(
      RedirectAttributes redirect, String target, String doneKey, Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("message", doneKey);
    } catch (FieldRefusal e) {
      List<String> messages = new ArrayList<>();
      e.problems().forEach(p -> messages.add(p.message()));
      redirect.addFlashAttribute("error", messages.isEmpty() ? e.getMessage() : messages.get(0));
      redirect.addFlashAttribute(
          "errorFieldName", e.problems().isEmpty() ? null : e.problems().get(0).field());
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + target;
  }
}
