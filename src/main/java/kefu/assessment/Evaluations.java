package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly evaluations of doc 004 (SPEC §8.3): a supervisor scores attitude, ability, efficiency
 * and teamwork for a week, filed under its Monday, each part at most the pack's maximum. A second
 * evaluation of the same week replaces the first (the audit log keeps both).
 */
@Service
@Transactional
public class Evaluations {

  private final AssessmentStore store;
  private final AssessmentPacks packs;
  private final AssessmentPeople people;

  Evaluations(AssessmentStore store, AssessmentPacks packs, AssessmentPeople people) {
    this.store = store;
    this.packs = packs;
    this.people = people;
  }

  /** One week's evaluation as entered. */
  public record NewEvaluation(
      String employeeCode,
      LocalDate weekOf,
      BigDecimal attitude,
      BigDecimal ability,
      BigDecimal efficiency,
      BigDecimal teamwork) {
    Map<String, BigDecimal> parts() {
      Map<String, BigDecimal> parts = new LinkedHashMap<>();
      parts.put("attitude", attitude);
      parts.put("ability", ability);
      parts.put("efficiency", efficiency);
      parts.put("teamwork", teamwork);
      return parts;
    }
  }

  /** A stored evaluation, as the API answers it. */
  public record Evaluation(
      long id,
      String employeeCode,
      String storeCode,
      LocalDate weekOf,
      BigDecimal attitude,
      BigDecimal ability,
      BigDecimal efficiency,
      BigDecimal teamwork,
      BigDecimal total,
      String packId,
      int packVersion,
      String clause) {
    static Evaluation of(AssessmentStore.StoredEvaluation e) {
      return new Evaluation(
          e.id(),
          e.employeeCode(),
          e.storeCode(),
          e.weekOf(),
          e.parts().get("attitude"),
          e.parts().get("ability"),
          e.parts().get("efficiency"),
          e.parts().get("teamwork"),
          e.total(),
          e.packId(),
          e.packVersion(),
          e.clause());
    }
  }

  /** The maxima that apply at a store on a day, for a form. */
  @Transactional(readOnly = true)
  public EvaluationRules rulesAt(String storeCode, LocalDate day) {
    return storeCode == null
        ? packs.builtIn(EvaluationRules.class).rules()
        : packs.at(EvaluationRules.class, storeCode, day).rules();
  }

  public Evaluation record(AccessScope scope, NewEvaluation e) {
    AssessmentPeople.requireRole(scope, AssessmentPeople.EVALUATORS);
    List<FieldProblem> problems = new ArrayList<>();
    if (e.employeeCode() == null || e.employeeCode().isBlank()) {
      problems.add(new FieldProblem("employeeCode", "validation.required"));
    }
    if (e.weekOf() == null) {
      problems.add(new FieldProblem("weekOf", "validation.required"));
    } else if (!MonthlyEvaluation.isWeekStart(e.weekOf())) {
      problems.add(new FieldProblem("weekOf", "assessment.evaluation.notMonday"));
    }
    e.parts()
        .forEach(
            (part, value) -> {
              if (value == null) {
                problems.add(new FieldProblem(part, "validation.required"));
              } else if (value.signum() < 0) {
                problems.add(new FieldProblem(part, "assessment.evaluation.negative"));
              } else if (value.stripTrailingZeros().scale() > 1) {
                problems.add(new FieldProblem(part, "validation.decimals"));
              }
            });
    if (!problems.isEmpty()) {
      throw new BadInput("assessment.evaluation.refused", problems);
    }
    String code = e.employeeCode().trim();
    AssignmentPeriod post = people.visiblePost(scope, code, YearMonth.from(e.weekOf()));
    people.requireOpen(YearMonth.from(e.weekOf()));
    AssessmentPacks.Source<EvaluationRules> source =
        packs.at(EvaluationRules.class, post.storeCode(), e.weekOf());
    List<String> above = MonthlyEvaluation.aboveMaximum(source.rules(), e.parts());
    if (!above.isEmpty()) {
      throw new BadInput(
          "assessment.evaluation.refused",
          above.stream()
              .map(p -> new FieldProblem(p, "assessment.evaluation.aboveMaximum"))
              .toList());
    }
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    e.parts().forEach((k, v) -> parts.put(k, v.setScale(1, RoundingMode.UNNECESSARY)));
    BigDecimal total = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    AssessmentStore.StoredEvaluation toStore =
        new AssessmentStore.StoredEvaluation(
            0,
            code,
            post.storeCode(),
            e.weekOf(),
            parts,
            total,
            source.packId(),
            source.packVersion(),
            source.clause(),
            scope.username());
    Optional<AssessmentStore.StoredEvaluation> earlier = store.evaluation(code, e.weekOf());
    long id;
    if (earlier.isPresent()) {
      id = earlier.get().id();
      store.replaceEvaluation(id, toStore, people.now());
    } else {
      id = store.insertEvaluation(toStore, people.now());
    }
    people.recorded(
        "evaluation",
        code + "|" + e.weekOf(),
        earlier.map(Evaluations::audited).orElse(null),
        audited(toStore),
        scope.username());
    return Evaluation.of(store.evaluation(code, e.weekOf()).orElseThrow());
  }

  /** The evaluations of the weeks whose Monday is in the month, within the user's scope. */
  @Transactional(readOnly = true)
  public List<Evaluation> month(AccessScope scope, YearMonth month, String storeCode) {
    String only = people.storeAsked(scope, storeCode);
    String self = people.ownEmployee(scope);
    return store.evaluations(month).stream()
        .filter(e -> only == null || e.storeCode().equals(only))
        .filter(e -> self == null || e.employeeCode().equals(self))
        .filter(e -> people.seesStore(scope, e.storeCode()))
        .map(Evaluation::of)
        .toList();
  }

  private static Map<String, Object> audited(AssessmentStore.StoredEvaluation e) {
    Map<String, Object> m = AssessmentPeople.values("storeCode", e.storeCode());
    e.parts().forEach((k, v) -> m.put(k, v.toPlainString()));
    m.put("total", e.total().toPlainString());
    m.put("pack", e.packId() + " v" + e.packVersion() + " " + e.clause());
    return m;
  }
}
