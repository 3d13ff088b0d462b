package kefu.assessment.ladder.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import kefu.assessment.ladder.Evidence;
import kefu.assessment.ladder.Ladder;
import kefu.assessment.ladder.Ladder.ProposalRow;
import kefu.assessment.ladder.ProposalKind;
import kefu.assessment.ladder.Recommendation;
import kefu.organization.CurrentUser;
import kefu.organization.Level;
import kefu.organization.Organization;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Titles, proposals, recommendations and approvals of the promotion ladder, as API.md states. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Promotion ladder")
record LadderApi(Ladder ladder, CurrentUser currentUser, Organization organization) {

  record ProposalView(
      String employeeCode,
      String storeCode,
      Level from,
      Level to,
      ProposalKind kind,
      String packId,
      int packVersion,
      String clause,
      List<Evidence> evidence,
      Long recommendationId) {
    static ProposalView of(ProposalRow r) {
      var p = r.proposal();
      return new ProposalView(
          p.employeeCode(),
          r.storeCode(),
          p.from(),
          p.to(),
          p.kind(),
          r.packId(),
          r.packVersion(),
          p.clause(),
          p.evidence(),
          r.open() == null ? null : r.open().id());
    }
  }

  @PostMapping("/titles")
  @ResponseStatus(HttpStatus.CREATED)
  Ladder.AwardedTitle award(@RequestBody Ladder.NewTitle body) {
    return ladder.awardTitle(currentUser.scope(), body);
  }

  @GetMapping("/promotions/proposals")
  List<ProposalView> proposals(
      @RequestParam(required = false) LocalDate asOf,
      @RequestParam(required = false) String storeCode) {
    LocalDate day = asOf == null ? organization.today() : asOf;
    return ladder.proposals(currentUser.scope(), day, storeCode).stream()
        .map(ProposalView::of)
        .toList();
  }

  @PostMapping("/promotions")
  @ResponseStatus(HttpStatus.CREATED)
  Recommendation recommend(@RequestBody Ladder.NewRecommendation body) {
    return ladder.recommend(currentUser.scope(), body);
  }

  @GetMapping("/promotions/{id}")
  Recommendation promotion(@PathVariable long id) {
    return ladder.recommendation(currentUser.scope(), id);
  }

  @PostMapping("/promotions/{id}/approval")
  Recommendation decide(@PathVariable long id, @RequestBody Ladder.NewDecision body) {
    return ladder.decide(currentUser.scope(), id, body);
  }

  @GetMapping("/employees/{code}/levels")
  List<Recommendation> history(@PathVariable String code) {
    return ladder.history(currentUser.scope(), code);
  }
}
