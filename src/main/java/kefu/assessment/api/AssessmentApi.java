package kefu.assessment.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kefu.assessment.AnnualGrades;
import kefu.assessment.AssessmentPeople;
import kefu.assessment.Evaluations;
import kefu.assessment.Grade;
import kefu.assessment.Scorecards;
import kefu.organization.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations, scorecards and annual grades over REST, as API.md states them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assessment")
record AssessmentApi(
    Evaluations evaluations, Scorecards scorecards, AnnualGrades grades, CurrentUser currentUser) {

  record CardEntry(Map<String, BigDecimal> criteria) {}

  record AdjustmentRequest(BigDecimal points, String reason) {}

  record GradeRequest(Integer year) {}

  record OverrideRequest(Grade grade, String reason) {}

  @PostMapping("/evaluations")
  @ResponseStatus(HttpStatus.CREATED)
  Evaluations.Evaluation evaluate(@RequestBody Evaluations.NewEvaluation body) {
    return evaluations.record(currentUser.scope(), body);
  }

  @GetMapping("/evaluations")
  List<Evaluations.Evaluation> evaluations(
      @RequestParam String month, @RequestParam(required = false) String storeCode) {
    return evaluations.month(currentUser.scope(), AssessmentPeople.month(month), storeCode);
  }

  @GetMapping("/scorecards/{month}")
  List<Scorecards.Card> scorecards(
      @PathVariable String month, @RequestParam(required = false) String storeCode) {
    return scorecards.month(currentUser.scope(), AssessmentPeople.month(month), storeCode);
  }

  @PutMapping("/scorecards/{month}/{employeeCode}")
  Scorecards.Card enter(
      @PathVariable String month, @PathVariable String employeeCode, @RequestBody CardEntry body) {
    YearMonth m = AssessmentPeople.month(month);
    return scorecards.enter(currentUser.scope(), m, employeeCode, body.criteria());
  }

  @PutMapping("/scorecards/{month}/{employeeCode}/adjustment")
  Scorecards.Card adjust(
      @PathVariable String month,
      @PathVariable String employeeCode,
      @RequestBody AdjustmentRequest body) {
    YearMonth m = AssessmentPeople.month(month);
    return scorecards.adjust(currentUser.scope(), m, employeeCode, body.points(), body.reason());
  }

  @PostMapping("/annual-grades")
  @ResponseStatus(HttpStatus.CREATED)
  List<AnnualGrades.AnnualGrade> grade(@RequestBody GradeRequest body) {
    return grades.compute(currentUser.scope(), body.year());
  }

  @GetMapping("/annual-grades/{year}")
  List<AnnualGrades.AnnualGrade> year(@PathVariable Integer year) {
    return grades.year(currentUser.scope(), year);
  }

  @PutMapping("/annual-grades/{year}/{employeeCode}")
  AnnualGrades.AnnualGrade override(
      @PathVariable Integer year,
      @PathVariable String employeeCode,
      @RequestBody OverrideRequest body) {
    return grades.override(currentUser.scope(), year, employeeCode, body.grade(), body.reason());
  }
}
