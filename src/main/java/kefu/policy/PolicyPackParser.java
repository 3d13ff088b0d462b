package kefu.policy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kefu.shared.Money;
import kefu.shared.Points;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a policy pack from YAML (format: {@code docs/policy-packs.md}) and validates all of it,
 * reporting every problem with its line and field path rather than stopping at the first.
 */
public final class PolicyPackParser {
  private static final String CODE = "[A-Z][A-Z0-9_]*";
  private static final String CODE_EXPECTED = "an upper-case code like CS_MANAGER";
  private static final String PACK_ID = "[a-z0-9][a-z0-9-]*";

  private final Set<String> positions;

  /** A parser knowing the built-in positions of SPEC §1. */
  public PolicyPackParser() {
    this(Positions.BUILT_IN);
  }

  /** A parser knowing the given positions (the built-ins plus configured ones). */
  public PolicyPackParser(Set<String> knownPositions) {
    this.positions = Set.copyOf(knownPositions);
  }

  /**
   * The pack written in {@code yamlText}.
   *
   * @param sourceName names the text in messages (a file name, "upload")
   * @throws PolicyPackInvalidException listing every problem found
   */
  public PolicyPack parse(String yamlText, String sourceName) {
    List<PackProblem> problems = new ArrayList<>();
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new PolicyPackInvalidException(
          sourceName, List.of(new PackProblem(line, "(yaml)", e.getProblem())));
    } catch (YAMLException e) {
      throw new PolicyPackInvalidException(
          sourceName, List.of(new PackProblem(1, "(yaml)", e.getMessage())));
    }
    if (root == null) {
      throw new PolicyPackInvalidException(
          sourceName, List.of(new PackProblem(1, "(top)", "the document is empty")));
    }
    PolicyPack pack = new Reading(problems).pack(root);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(PackProblem::line));
      throw new PolicyPackInvalidException(sourceName, problems);
    }
    return pack;
  }

  /** One parse: the problems found so far and cross-references to check at the end. */
  private final class Reading {
    private final List<PackProblem> problems;
    private final Map<String, FreeAllowance> allowances = new LinkedHashMap<>();
    private final Map<String, IncidentTypeDefinition> types = new HashMap<>();
    // Codes of types that had problems of their own: references to them are not reported again.
    private final Set<String> brokenTypes = new HashSet<>();
    private final List<Runnable> lateChecks = new ArrayList<>();

    Reading(List<PackProblem> problems) {
      this.problems = problems;
    }

    PolicyPack pack(Node root) {
      YamlFields top = YamlFields.of(problems, root, "");
      if (top == null) {
        return null;
      }
      top.allowOnly(
          "id",
          "version",
          "title",
          "documentNumber",
          "issuedOn",
          "effectiveFrom",
          "scale",
          "allowances",
          "clauses",
          "deadlines");
      String id = top.code("id", true, PACK_ID, "lower-case letters, digits and dashes");
      Integer version = top.integer("version", true, 1);
      LocalizedText title = text(top.object("title", true));
      String documentNumber = top.text("documentNumber", false);
      var issuedOn = top.date("issuedOn", false);
      var effectiveFrom = top.date("effectiveFrom", false);
      PointsScale scale = top.has("scale") ? scale(top.object("scale", true)) : null;
      top.objects("allowances", false).forEach(this::allowance);
      List<Clause> clauses = new ArrayList<>();
      Set<String> numbers = new HashSet<>();
      for (YamlFields clause : top.objects("clauses", true)) {
        Clause read = clause(clause);
        if (read != null && !numbers.add(read.number())) {
          clause.problem("number", "repeats clause " + read.number());
        }
        if (read != null) {
          clauses.add(read);
        }
      }
      List<Deadline> deadlines = new ArrayList<>();
      Set<String> deadlineCodes = new HashSet<>();
      for (YamlFields deadline : top.objects("deadlines", false)) {
        Deadline read = deadline(deadline, numbers);
        if (read != null && !deadlineCodes.add(read.code())) {
          deadline.problem("code", "repeats deadline " + read.code());
        }
        if (read != null) {
          deadlines.add(read);
        }
      }
      lateChecks.forEach(Runnable::run);
      if (!problems.isEmpty()) {
        return null;
      }
      return new PolicyPack(
          id, version, title, documentNumber, issuedOn, effectiveFrom, scale, clauses, deadlines);
    }

    private LocalizedText text(YamlFields fields) {
      if (fields == null) {
        return null;
      }
      fields.allowOnly("zh", "en");
      String zh = fields.text("zh", true);
      String en = fields.text("en", true);
      return zh == null || en == null ? null : new LocalizedText(zh, en);
    }

    private PointsScale scale(YamlFields fields) {
      if (fields == null) {
        return null;
      }
      fields.allowOnly("start", "floor", "positions", "thresholds", "streaks");
      Points start = points(fields, "start", true);
      Points floor = points(fields, "floor", true);
      if (start != null && floor != null && floor.compareTo(start) > 0) {
        fields.problem("floor", "must not be above start (" + start + ")");
      }
      List<String> covered = fields.texts("positions", true, positions::contains, "a position");
      List<PointsScale.Threshold> thresholds = new ArrayList<>();
      for (YamlFields t : fields.objects("thresholds", false)) {
        t.allowOnly("atMost", "flag");
        Points atMost = points(t, "atMost", true);
        String flag = t.code("flag", true, CODE, CODE_EXPECTED);
        if (atMost != null && start != null && atMost.compareTo(start) > 0) {
          t.problem("atMost", "must not be above start (" + start + ")");
        }
        if (atMost != null
            && thresholds.stream().anyMatch(other -> other.atMost().compareTo(atMost) == 0)) {
          t.problem("atMost", "repeats threshold " + atMost);
        }
        if (atMost != null && flag != null) {
          thresholds.add(new PointsScale.Threshold(atMost, flag));
        }
      }
      List<PointsScale.Streak> streaks = new ArrayList<>();
      for (YamlFields s : fields.objects("streaks", false)) {
        s.allowOnly("atMost", "months", "flag");
        Points atMost = points(s, "atMost", true);
        Integer months = s.integer("months", true, 2);
        String flag = s.code("flag", true, CODE, CODE_EXPECTED);
        if (atMost != null && months != null && flag != null) {
          streaks.add(new PointsScale.Streak(atMost, months, flag));
        }
      }
      if (start == null || floor == null) {
        return null;
      }
      return new PointsScale(start, floor, covered, thresholds, streaks);
    }

    private void allowance(YamlFields fields) {
      fields.allowOnly("code", "free", "beyondCountsAs");
      String code = fields.code("code", true, CODE, CODE_EXPECTED);
      Integer free = fields.integer("free", true, 0);
      String beyond = fields.code("beyondCountsAs", true, CODE, CODE_EXPECTED);
      if (code != null && allowances.containsKey(code)) {
        fields.problem("code", "repeats allowance " + code);
        return;
      }
      if (code != null && free != null && beyond != null) {
        allowances.put(code, new FreeAllowance(code, free, beyond));
        lateChecks.add(() -> mustCountPerUnit(fields, "beyondCountsAs", beyond, null));
      }
    }

    private Clause clause(YamlFields fields) {
      fields.allowOnly("number", "summary", "types", "quota");
      String number = fields.text("number", true);
      LocalizedText summary = text(fields.object("summary", true));
      List<IncidentTypeDefinition> clauseTypes = new ArrayList<>();
      for (YamlFields type : fields.objects("types", false)) {
        IncidentTypeDefinition read = type(type, number);
        if (read != null) {
          clauseTypes.add(read);
        }
      }
      Quota quota = fields.has("quota") ? quota(fields.object("quota", true)) : null;
      if (number == null || summary == null) {
        return null;
      }
      return new Clause(number, summary, clauseTypes, quota);
    }

    private Quota quota(YamlFields fields) {
      if (fields == null) {
        return null;
      }
      fields.allowOnly("code", "label", "atLeast", "performedBy");
      String code = fields.code("code", true, CODE, CODE_EXPECTED);
      LocalizedText label = text(fields.object("label", true));
      Integer atLeast = fields.integer("atLeast", true, 1);
      String by = fields.text("performedBy", true);
      if (by != null && !positions.contains(by)) {
        fields.problem("performedBy", "must be a position, got '" + by + "'");
      }
      if (code == null || label == null || atLeast == null) {
        return null;
      }
      return new Quota(code, label, atLeast, by);
    }

    private IncidentTypeDefinition type(YamlFields fields, String clause) {
      fields.allowOnly("code", "label", "unit", "employee", "rule", "wholeMonthQuantity");
      String code = fields.code("code", true, CODE, CODE_EXPECTED);
      LocalizedText label = text(fields.object("label", true));
      Unit unit = fields.choice("unit", true, Unit.class);
      EmployeeRequirement employee = fields.choice("employee", true, EmployeeRequirement.class);
      Rule rule = rule(fields.object("rule", true), code);
      Integer wholeMonth = fields.integer("wholeMonthQuantity", false, 1);
      if (code != null && types.containsKey(code)) {
        fields.problem("code", "repeats incident type " + code);
        return null;
      }
      if (rule != null && employee != null && employee != EmployeeRequirement.REQUIRED) {
        boolean needsPerson =
            rule.deductsPoints() || (rule instanceof FinePerUnit fine && fine.finesResponsible());
        if (needsPerson) {
          fields.problem(
              "employee", "must be REQUIRED: the rule charges the incident's own employee");
        }
      }
      if (rule instanceof CollectiveFine && employee == EmployeeRequirement.REQUIRED) {
        fields.problem("employee", "must not be REQUIRED for a store-level collective fine");
      }
      if (code == null
          || clause == null
          || label == null
          || unit == null
          || employee == null
          || rule == null) {
        if (code != null) {
          brokenTypes.add(code);
        }
        return null;
      }
      IncidentTypeDefinition type =
          new IncidentTypeDefinition(code, clause, label, unit, employee, rule, wholeMonth);
      types.put(code, type);
      return type;
    }

    private Rule rule(YamlFields fields, String typeCode) {
      if (fields == null) {
        return null;
      }
      RuleKind kind = fields.choice("kind", true, RuleKind.class);
      if (kind == null) {
        return null;
      }
      return switch (kind) {
        case FINE_PER_UNIT -> finePerUnit(fields);
        case COLLECTIVE_FINE -> collectiveFine(fields);
        case POINTS_PER_UNIT -> {
          fields.allowOnly("kind", "points");
          Points points = points(fields, "points", true);
          yield points == null ? null : new PointsPerUnit(points);
        }
        case COUNT_TIERS -> countTiers(fields);
        case FREE_ALLOWANCE -> {
          fields.allowOnly("kind", "allowance");
          String code = fields.code("allowance", true, CODE, CODE_EXPECTED);
          if (code == null) {
            yield null;
          }
          FreeAllowance allowance = allowances.get(code);
          if (allowance == null) {
            fields.problem("allowance", "names no allowance of the pack's allowances: " + code);
          }
          yield allowance;
        }
        case CONVERSION -> {
          fields.allowOnly("kind", "points", "minutesOver", "countsAs");
          Points points = points(fields, "points", true);
          Integer over = fields.integer("minutesOver", true, 0);
          String countsAs = fields.code("countsAs", true, CODE, CODE_EXPECTED);
          if (countsAs != null) {
            lateChecks.add(() -> mustCountPerUnit(fields, "countsAs", countsAs, typeCode));
          }
          yield points == null || over == null || countsAs == null
              ? null
              : new ConvertedPoints(points, over, countsAs);
        }
        case DISCRETIONARY_POINTS -> {
          fields.allowOnly("kind", "min", "max");
          Points min = points(fields, "min", true);
          Points max = points(fields, "max", true);
          if (min != null && max != null && min.compareTo(max) > 0) {
            fields.problem("max", "must be ≥ min (" + min + ")");
            yield null;
          }
          yield min == null || max == null ? null : new DiscretionaryPoints(min, max);
        }
        case RECORD_ONLY -> {
          fields.allowOnly("kind");
          yield new RecordOnly();
        }
      };
    }

    private Rule finePerUnit(YamlFields fields) {
      fields.allowOnly("kind", "amounts");
      List<FinePerUnit.RoleAmount> amounts = new ArrayList<>();
      Set<String> roles = new HashSet<>();
      boolean complete = true;
      for (YamlFields a : fields.objects("amounts", true)) {
        a.allowOnly("role", "amount", "fallback");
        String role = a.text("role", true);
        if (role != null && !role.equals(Positions.RESPONSIBLE) && !positions.contains(role)) {
          a.problem("role", "must be RESPONSIBLE or a position, got '" + role + "'");
          role = null;
        }
        if (role != null && !roles.add(role)) {
          a.problem("role", "repeats role " + role);
        }
        BigDecimal amount = a.decimal("amount", true, 2);
        String fallback = a.text("fallback", false);
        if (fallback != null) {
          if (!positions.contains(fallback)) {
            a.problem("fallback", "must be a position, got '" + fallback + "'");
          } else if (Positions.RESPONSIBLE.equals(role) || fallback.equals(role)) {
            a.problem("fallback", "only a position other than the role can stand in for it");
          }
        }
        if (role == null || amount == null) {
          complete = false;
        } else {
          amounts.add(new FinePerUnit.RoleAmount(role, Money.of(amount), fallback));
        }
      }
      return complete && !amounts.isEmpty() ? new FinePerUnit(amounts) : null;
    }

    private Rule collectiveFine(YamlFields fields) {
      fields.allowOnly("kind", "percentOfMonthlyPay", "positions");
      BigDecimal percent = fields.decimal("percentOfMonthlyPay", true, 2);
      if (percent != null
          && (percent.signum() == 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
        fields.problem("percentOfMonthlyPay", "must be above 0 and at most 100");
        percent = null;
      }
      List<String> members = fields.texts("positions", true, positions::contains, "a position");
      return percent == null || members.isEmpty() ? null : new CollectiveFine(percent, members);
    }

    private Rule countTiers(YamlFields fields) {
      fields.allowOnly("kind", "perOccurrence", "tiers");
      Points per = points(fields, "perOccurrence", true);
      List<CountTierPoints.Tier> tiers = new ArrayList<>();
      for (YamlFields t : fields.objects("tiers", true)) {
        t.allowOnly("count", "points");
        Integer count = t.integer("count", true, 1);
        Points points = points(t, "points", true);
        if (count == null || points == null) {
          continue;
        }
        if (!tiers.isEmpty()) {
          CountTierPoints.Tier previous = tiers.get(tiers.size() - 1);
          if (count <= previous.count()) {
            t.problem("count", "tiers must ascend: " + count + " follows " + previous.count());
            continue;
          }
          if (points.compareTo(previous.points()) < 0) {
            t.problem("points", "must not be below the previous tier's " + previous.points());
            continue;
          }
        }
        tiers.add(new CountTierPoints.Tier(count, points));
      }
      return per == null || tiers.isEmpty() ? null : new CountTierPoints(per, tiers);
    }

    private Deadline deadline(YamlFields fields, Set<String> clauseNumbers) {
      fields.allowOnly(
          "code",
          "clause",
          "label",
          "period",
          "daysAfterPeriodEnd",
          "at",
          "incidentType",
          "notice");
      String code = fields.code("code", true, CODE, CODE_EXPECTED);
      String clause = fields.text("clause", true);
      if (clause != null && !clauseNumbers.contains(clause)) {
        fields.problem("clause", "names no clause of this pack: " + clause);
      }
      LocalizedText label = text(fields.object("label", true));
      Deadline.Period period = fields.choice("period", true, Deadline.Period.class);
      boolean ownDue = period == Deadline.Period.TASK;
      Integer days = fields.integer("daysAfterPeriodEnd", !ownDue, 0);
      var at = fields.time("at", !ownDue);
      if (ownDue && (fields.has("daysAfterPeriodEnd") || fields.has("at"))) {
        fields.problemHere("a TASK deadline carries its own due time: drop daysAfterPeriodEnd/at");
      }
      String incidentType = fields.code("incidentType", false, CODE, CODE_EXPECTED);
      if (incidentType != null) {
        lateChecks.add(
            () -> {
              if (!types.containsKey(incidentType) && !brokenTypes.contains(incidentType)) {
                fields.problem("incidentType", "names no incident type of this pack");
              }
            });
      }
      Deadline.NoticeRule notice =
          fields.has("notice")
              ? notice(fields.object("notice", true))
              : new Deadline.NoticeRule(List.of(), null);
      if (code == null || clause == null || label == null || period == null || notice == null) {
        return null;
      }
      return new Deadline(code, clause, label, period, days, at, incidentType, notice);
    }

    private Deadline.NoticeRule notice(YamlFields fields) {
      if (fields == null) {
        return null;
      }
      fields.allowOnly("tiers", "otherwiseDaysBefore");
      List<Deadline.NoticeTier> tiers = new ArrayList<>();
      for (YamlFields t : fields.objects("tiers", false)) {
        t.allowOnly("allowedDaysAtMost", "daysBefore");
        Integer allowed = t.integer("allowedDaysAtMost", true, 1);
        Integer before = t.integer("daysBefore", true, 0);
        if (allowed == null || before == null) {
          continue;
        }
        if (!tiers.isEmpty() && allowed <= tiers.get(tiers.size() - 1).allowedDaysAtMost()) {
          t.problem("allowedDaysAtMost", "tiers must ascend");
          continue;
        }
        tiers.add(new Deadline.NoticeTier(allowed, before));
      }
      Integer otherwise = fields.integer("otherwiseDaysBefore", false, 0);
      return new Deadline.NoticeRule(tiers, otherwise);
    }

    /** A type that something "counts as" must exist and cost a fixed number of points. */
    private void mustCountPerUnit(YamlFields fields, String key, String target, String self) {
      IncidentTypeDefinition type = types.get(target);
      if (brokenTypes.contains(target)) {
        return;
      }
      if (type == null) {
        fields.problem(key, "names no incident type of this pack: " + target);
      } else if (target.equals(self)) {
        fields.problem(key, "a type cannot count as itself");
      } else if (!(type.rule() instanceof PointsPerUnit)) {
        fields.problem(key, target + " must have a POINTS_PER_UNIT rule to be counted as");
      }
    }

    private Points points(YamlFields fields, String key, boolean required) {
      BigDecimal value = fields.decimal(key, required, 1);
      return value == null ? null : Points.of(value);
    }
  }
}
