package kefu.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kefu.assessment.AnnualGrades;
import kefu.assessment.AssessmentPeople;
import kefu.assessment.EvaluationRules;
import kefu.assessment.Evaluations;
import kefu.assessment.Grade;
import kefu.assessment.Scorecards;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Store;
import kefu.platform.Conflict;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment pages: a store team's scorecards on one form (entered criteria as choices of their
 * listed values, computed ones with their evidence), the weekly evaluation form with the month's
 * evaluations, and the year's grades with their distribution as a chart and an override per row.
 */
@Controller
record AssessmentPages(
    Scorecards scorecards,
    Evaluations evaluations,
    AnnualGrades grades,
    CurrentUser currentUser,
    Organization organization,
    JsonMapper json,
    org.springframework.context.MessageSource messages) {

  static final String GROUP = "assessment";
  static final String READERS = "isAuthenticated()";
  static final String SCORERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  @Bean
  static NavItem scorecardsNav() {
    return new NavItem(
        "scorecards", "/assessment/scorecards", "nav.scorecards", READERS, 50, GROUP);
  }

  @Bean
  static NavItem evaluationsNav() {
    return new NavItem(
        "evaluations", "/assessment/evaluations", "nav.evaluations", SCORERS, 51, GROUP);
  }

  @Bean
  static NavItem annualGradesNav() {
    return new NavItem(
        "annual-grades", "/assessment/annual-grades", "nav.annualGrades", READERS, 52, GROUP);
  }

  private List<Store> stores(AccessScope scope) {
    return organization.visibleStores(scope).stream().filter(s -> !s.isHeadOffice()).toList();
  }

  /** The store the page shows: the one asked for, else the user's own, else the first visible. */
  private String storeOf(AccessScope scope, String storeCode, List<Store> stores) {
    if (storeCode != null && !storeCode.isBlank()) {
      return storeCode.trim();
    }
    String own = organization.codes(scope).storeCode();
    if (own != null) {
      return own;
    }
    return stores.isEmpty() ? null : stores.get(0).getCode();
  }

  private YearMonth monthOf(String month) {
    return month == null || month.isBlank()
        ? YearMonth.from(organization.today())
        : AssessmentPeople.month(month);
  }

  /** What a store page starts from: who asks, the month and the store it shows. */
  private record StorePage(AccessScope scope, YearMonth month, String store) {}

  private StorePage storePage(String month, String storeCode, Model model) {
    AccessScope scope = currentUser.scope();
    YearMonth m = monthOf(month);
    List<Store> stores = stores(scope);
    String store = storeOf(scope, storeCode, stores);
    model.addAttribute("month", m);
    model.addAttribute("stores", stores);
    model.addAttribute("storeCode", store);
    return new StorePage(scope, m, store);
  }

  // ---- scorecards --------------------------------------------------------------------------

  @GetMapping("/assessment/scorecards")
  String scorecards(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    StorePage page = storePage(month, storeCode, model);
    AccessScope scope = page.scope();
    YearMonth m = page.month();
    String store = page.store();
    if (store != null) {
      Scorecards.Form form = scorecards.form(scope, m, store);
      model.addAttribute("rules", form.rules());
      model.addAttribute("cards", form.cards());
      model.addAttribute(
          "names",
          organization.employeeNames(
              form.cards().stream().map(Scorecards.Card::employeeCode).toList()));
    }
    model.addAttribute(
        "canScore", scope.role().writes() && scope.role() != kefu.organization.Role.STORE_MANAGER);
    return "assessment/scorecards";
  }

  /** Fields are named {@code card.<employee>.<criterion>}; empty ones are not entered. */
  @PostMapping("/assessment/scorecards")
  String enterScorecards(
      @RequestParam String month,
      @RequestParam String storeCode,
      @RequestParam Map<String, String> fields,
      RedirectAttributes redirect) {
    AccessScope scope = currentUser.scope();
    YearMonth m = AssessmentPeople.month(month);
    Map<String, Map<String, BigDecimal>> team = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          String[] parts = name.split("\\.", 3);
          if (parts.length == 3 && parts[0].equals("card") && !value.isBlank()) {
            team.computeIfAbsent(parts[1], k -> new LinkedHashMap<>())
                .put(parts[2], new BigDecimal(value.trim()));
          }
        });
    return saved(
        redirect,
        "/assessment/scorecards?month=" + m + "&storeCode=" + storeCode,
        "scorecards.saved",
        () -> scorecards.enterTeam(scope, m, team).size());
  }

  @PostMapping("/assessment/scorecards/adjustment")
  String adjust(
      @RequestParam(required = false) String employeeCode,
      @RequestParam String month,
      @RequestParam String storeCode,
      @RequestParam(required = false) BigDecimal points,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    YearMonth m = AssessmentPeople.month(month);
    return saved(
        redirect,
        "/assessment/scorecards?month=" + m + "&storeCode=" + storeCode,
        "scorecards.adjusted",
        () -> {
          scorecards.adjust(currentUser.scope(), m, employeeCode, points, reason);
          return employeeCode;
        });
  }

  /**
   * Runs the change and redirects to {@code target}: the next page says it was done, with what the
   * change answers as the message's argument, or the first problem it was refused with.
   */
  private static String saved(
      RedirectAttributes redirect, String target, String doneKey, Supplier<Object> change) {
    try {
      Object arg = change.get();
      redirect.addFlashAttribute("message", doneKey);
      redirect.addFlashAttribute("messageArg", arg);
    } catch (FieldRefusal e) {
      redirect.addFlashAttribute("error", e.problems().get(0).message());
    }
    return "redirect:" + target;
  }

  // ---- evaluations -------------------------------------------------------------------------

  @GetMapping("/assessment/evaluations")
  String evaluations(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String storeCode,
      Model model) {
    StorePage page = storePage(month, storeCode, model);
    List<Evaluations.Evaluation> list =
        page.store() == null
            ? List.of()
            : evaluations.month(page.scope(), page.month(), page.store());
    model.addAttribute("evaluations", list);
    model.addAttribute(
        "names",
        organization.employeeNames(
            list.stream().map(Evaluations.Evaluation::employeeCode).toList()));
    EvaluationRules rules = evaluations.rulesAt(page.store(), page.month().atDay(1));
    model.addAttribute("parts", EvaluationRules.PARTS);
    model.addAttribute("maxima", rules.maxima());
    return "assessment/evaluations";
  }

  @PostMapping("/assessment/evaluations")
  String evaluate(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) String employeeCode,
      @RequestParam(required = false) LocalDate weekOf,
      @RequestParam(required = false) BigDecimal attitude,
      @RequestParam(required = false) BigDecimal ability,
      @RequestParam(required = false) BigDecimal efficiency,
      @RequestParam(required = false) BigDecimal teamwork,
      RedirectAttributes redirect) {
    YearMonth m = weekOf == null ? YearMonth.from(organization.today()) : YearMonth.from(weekOf);
    return saved(
        redirect,
        "/assessment/evaluations?month=" + m + (storeCode == null ? "" : "&storeCode=" + storeCode),
        "evaluations.saved",
        () -> {
          evaluations.record(
              currentUser.scope(),
              new Evaluations.NewEvaluation(
                  employeeCode, weekOf, attitude, ability, efficiency, teamwork));
          return employeeCode;
        });
  }

  // ---- annual grades -----------------------------------------------------------------------

  @GetMapping("/assessment/annual-grades")
  String annualGrades(@RequestParam(required = false) Integer year, Model model) {
    AccessScope scope = currentUser.scope();
    int y = year == null ? Year.from(organization.today()).getValue() : year;
    List<AnnualGrades.AnnualGrade> list = grades.year(scope, y);
    model.addAttribute("year", y);
    model.addAttribute("grades", list);
    model.addAttribute("gradeValues", Grade.values());
    model.addAttribute(
        "names",
        organization.employeeNames(
            list.stream().map(AnnualGrades.AnnualGrade::employeeCode).toList()));
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (Grade g : Grade.values()) {
      labels.add(messages.getMessage("annualGrades.grade." + g.name(), null, locale));
      values.add(list.stream().filter(a -> a.grade() == g).count());
    }
    model.addAttribute("counts", values);
    model.addAttribute(
        "chart", json.writeValueAsString(Map.of("labels", labels, "values", values)));
    model.addAttribute(
        "canGrade",
        scope.role() == kefu.organization.Role.ADMIN
            || scope.role() == kefu.organization.Role.GROUP_CS);
    return "assessment/annual-grades";
  }

  @PostMapping("/assessment/annual-grades")
  String computeGrades(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
    return saved(
        redirect,
        "/assessment/annual-grades" + (year == null ? "" : "?year=" + year),
        "annualGrades.computed",
        () -> grades.compute(currentUser.scope(), year).size());
  }

  @PostMapping("/assessment/annual-grades/{year}/{employeeCode}")
  String override(
      @PathVariable Integer year,
      @PathVariable String employeeCode,
      @RequestParam(required = false) Grade grade,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    String target = "/assessment/annual-grades?year=" + year;
    try {
      return saved(
          redirect,
          target,
          "annualGrades.overridden",
          () -> {
            grades.override(currentUser.scope(), year, employeeCode, grade, reason);
            return employeeCode;
          });
    } catch (Conflict e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:" + target;
    }
  }
}
