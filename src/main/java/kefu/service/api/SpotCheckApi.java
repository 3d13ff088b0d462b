package kefu.service.api;

import java.time.YearMonth;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.service.spotcheck.SpotCheck;
import kefu.service.spotcheck.SpotChecks;
import kefu.service.spotcheck.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Spot checks, their verdicts and the monthly quota over REST, as API.md states them. */
@RestController
@RequestMapping("/api/v1/spot-checks")
record SpotCheckApi(SpotChecks spotChecks, CurrentUser currentUser) {

  record ItemView(long callbackId, Verdict verdict) {}

  record SpotCheckView(
      long id,
      String storeCode,
      YearMonth month,
      long seed,
      List<Long> callbackIds,
      List<ItemView> items,
      boolean complete) {
    static SpotCheckView of(SpotCheck c) {
      return new SpotCheckView(
          c.id(),
          c.storeCode(),
          c.month(),
          c.seed(),
          c.callbackIds(),
          c.callbackIds().stream()
              .map(id -> new ItemView(id, c.verdictOn(id).orElse(null)))
              .toList(),
          c.complete());
    }
  }

  record VerdictView(Long incidentId, Verdict verdict) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SpotCheckView start(@RequestBody SpotChecks.NewCheck body) {
    return SpotCheckView.of(spotChecks.start(currentUser.scope(), body));
  }

  @GetMapping("/{id}")
  SpotCheckView get(@PathVariable long id) {
    return SpotCheckView.of(spotChecks.get(currentUser.scope(), id));
  }

  @PostMapping("/{id}/verdicts")
  @ResponseStatus(HttpStatus.CREATED)
  VerdictView judge(@PathVariable long id, @RequestBody SpotChecks.NewVerdict body) {
    SpotChecks.Judged judged = spotChecks.judge(currentUser.scope(), id, body);
    return new VerdictView(judged.incidentId(), judged.verdict());
  }

  @GetMapping("/quota")
  List<SpotChecks.QuotaLine> quota(@RequestParam YearMonth month) {
    return spotChecks.quota(currentUser.scope(), month);
  }
}
