package kefu.service.web;

import java.time.YearMonth;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.Conflict;
import kefu.platform.FieldRefusal;
import kefu.platform.Forbidden;
import kefu.service.callback.Callback;
import kefu.service.callback.Callbacks;
import kefu.service.spotcheck.SpotCheck;
import kefu.service.spotcheck.SpotChecks;
import kefu.service.spotcheck.Verdict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Group CS spot-check pages: the month's checks with the form that draws a new sample, the check
 * screen (each sampled callback with its player, reported data and verdict), and the quota.
 */
@Controller
record SpotCheckPages(
    SpotChecks spotChecks,
    Callbacks callbacks,
    CurrentUser currentUser,
    Organization organization) {

  @GetMapping("/spot-checks")
  String list(@RequestParam(required = false) YearMonth month, Model model) {
    AccessScope scope = checker();
    YearMonth m = month != null ? month : YearMonth.from(organization.today());
    model.addAttribute("month", m);
    model.addAttribute("stores", ServiceNavigation.stores(organization, scope));
    model.addAttribute("checks", spotChecks.ofMonth(scope, m));
    return "service/spot-checks";
  }

  @PostMapping("/spot-checks")
  String start(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) Integer sampleSize,
      @RequestParam(required = false) Long seed,
      RedirectAttributes redirect) {
    AccessScope scope = checker();
    try {
      SpotCheck check =
          spotChecks.start(scope, new SpotChecks.NewCheck(storeCode, month, sampleSize, seed));
      redirect.addFlashAttribute("message", "spotCheck.started");
      return "redirect:/spot-checks/" + check.id();
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
      return "redirect:/spot-checks" + (month == null ? "" : "?month=" + month);
    }
  }

  @GetMapping("/spot-checks/{id}")
  String screen(@PathVariable long id, Model model) {
    AccessScope scope = checker();
    SpotCheck check = spotChecks.get(scope, id);
    Map<Long, Callback> sampled = callbacks.byIds(check.callbackIds());
    model.addAttribute("check", check);
    model.addAttribute("items", check.callbackIds().stream().map(sampled::get).toList());
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("zone", organization.zone());
    return "service/spot-check";
  }

  @PostMapping("/spot-checks/{id}/verdicts")
  String judge(
      @PathVariable long id,
      @RequestParam(required = false) Long callbackId,
      @RequestParam(required = false) Verdict verdict,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    AccessScope scope = checker();
    try {
      SpotChecks.Judged judged =
          spotChecks.judge(scope, id, new SpotChecks.NewVerdict(callbackId, verdict, note, null));
      redirect.addFlashAttribute(
          "message", judged.incidentId() == null ? "spotCheck.judged" : "spotCheck.judgedIncident");
      redirect.addFlashAttribute("messageArg", judged.incidentId());
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", "spotCheck.alreadyJudged");
    }
    return "redirect:/spot-checks/" + id;
  }

  @GetMapping("/spot-checks/quota")
  String quota(@RequestParam(required = false) YearMonth month, Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = month != null ? month : YearMonth.from(organization.today());
    model.addAttribute("month", m);
    model.addAttribute("lines", spotChecks.quota(scope, m));
    return "service/quota";
  }

  private AccessScope checker() {
    AccessScope scope = currentUser.scope();
    if (scope.role() != Role.ADMIN && scope.role() != Role.GROUP_CS) {
      throw new Forbidden("spot checks are group CS work");
    }
    return scope;
  }
}
