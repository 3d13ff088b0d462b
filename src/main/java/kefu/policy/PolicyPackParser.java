package kefu.policy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
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
  private static final String PACK_ID = "[a-z0-9][a-z0-9-]*";

  /** The pack's own structure; every other top-level key belongs to a section reader. */
  private static final List<String> STRUCTURE =
      List.of(
          "id",
          "version",
          "title",
          "documentNumber",
          "issuedOn",
          "effectiveFrom",
          "scale",
          "allowances",
          "clauses");

  private final Set<String> positions;
  private final Map<String, PackSectionReader<?>> sections = new LinkedHashMap<>();

  /** A parser knowing the built-in positions of SPEC §1. */
  public PolicyPackParser() {
    this(Positions.BUILT_IN);
  }

  /**
   * A parser knowing the given positions (the built-ins plus configured ones) and the sections of
   * every {@link PackSectionReader} on the class path.
   */
  public PolicyPackParser(Set<String> knownPositions) {
    this.positions = Set.copyOf(knownPositions);
    for (PackSectionReader<?> reader :
        ServiceLoader.load(PackSectionReader.class, PackSectionReader.class.getClassLoader())) {
      if (STRUCTURE.contains(reader.key()) || sections.putIfAbsent(reader.key(), reader) != null) {
        throw new IllegalStateException("two owners for the pack section " + reader.key());
      }
    }
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
  private final class Reading implements PackOutline {
    private final List<PackProblem> problems;
    private final Map<String, FreeAllowance> allowances = new LinkedHashMap<>();
    private final Map<String, IncidentTypeDefinition> types = new HashMap<>();
    // Codes of types that had problems of their own: references to them are not reported again.
    private final Set<String> brokenTypes = new HashSet<>();
    private final List<Runnable> lateChecks = new ArrayList<>();
    private final Set<String> clauseNumbers = new HashSet<>();

    Reading(List<PackProblem> problems) {
      this.problems = problems;
    }

    PolicyPack pack(Node root) {
      YamlFields top = YamlFields.of(problems, root, "");
      if (top == null) {
        return null;
      }
      List<String> keys = new ArrayList<>(STRUCTURE);
      keys.addAll(sections.keySet());
      top.allowOnly(keys.toArray(String[]::new));
      String id = top.code("id", true, PACK_ID, "lower-case letters, digits and dashes");
      Integer version = top.integer("version", true, 1);
      LocalizedText title = top.localized("title", true);
      String documentNumber = top.text("documentNumber", false);
      var issuedOn = top.date("issuedOn", false);
      var effectiveFrom = top.date("effectiveFrom", false);
      PointsScale scale = top.has("scale") ? scale(top.object("scale", true)) : null;
      top.objects("allowances", false).forEach(this::allowance);
      List<Clause> clauses = new ArrayList<>();
      for (YamlFields clause : top.objects("clauses", true)) {
        Clause read = readClause(clause);
        if (read != null && !clauseNumbers.add(read.number())) {
          clause.problem("number", "repeats clause " + read.number());
        }
        if (read != null) {
          clauses.add(read);
        }
      }
      Map<Class<?>, Object> read = new LinkedHashMap<>();
      for (PackSectionReader<?> section : sections.values()) {
        if (top.has(section.key())) {
          Object value = section.read(top, this);
          if (value != null) {
            read.put(section.type(), section.type().cast(value));
          }
        }
      }
      lateChecks.forEach(Runnable::run);
      if (!problems.isEmpty()) {
        return null;
      }
      return new PolicyPack(
          id, version, title, documentNumber, issuedOn, effectiveFrom, scale, clauses, read);
    }

    private PointsScale scale(YamlFields fields) {
      if (fields == null) {
        return null;
      }
      fields.allowOnly("start", "floor", "positions", "thresholds", "streaks");
      Points start = fields.points("start", true);
      Points floor = fields.points("floor", true);
      if (start != null && floor != null && floor.compareTo(start) > 0) {
        fields.problem("floor", "must not be above start (" + start + ")");
      }
      List<String> covered = fields.texts("positions", true, positions::contains, "a position");
      List<PointsScale.Threshold> thresholds = new ArrayList<>();
      for (YamlFields t : fields.objects("thresholds", false)) {
        t.allowOnly("atMost", "flag");
        Points atMost = t.points("atMost", true);
        String flag = t.code("flag", true);
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
        Points atMost = s.points("atMost", true);
        Integer months = s.integer("months", true, 2);
        String flag = s.code("flag", true);
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
      String code = fields.code("code", true);
      Integer free = fields.integer("free", true, 0);
      String beyond = fields.code("beyondCountsAs", true);
      if (code != null && allowances.containsKey(code)) {
        fields.problem("code", "repeats allowance " + code);
        return;
      }
      if (code != null && free != null && beyond != null) {
        allowances.put(code, new FreeAllowance(code, free, beyond));
        lateChecks.add(() -> mustCountPerUnit(fields, "beyondCountsAs", beyond, null));
      }
    }

    private Clause readClause(YamlFields fields) {
      fields.allowOnly("number", "summary", "types", "quota");
      String number = fields.text("number", true);
      LocalizedText summary = fields.localized("summary", true);
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
      String code = fields.code("code", true);
      LocalizedText label = fields.localized("label", true);
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
      String code = fields.code("code", true);
      LocalizedText label = fields.localized("label", true);
      Unit unit = fields.choice("unit", true, Unit.class);
      EmployeeRequirement employee = fields.choice("employee", true, EmployeeRequirement.class);
      Rule rule = rule(fields.object("rule", true), code);
      Integer wholeMonth = fields.integer("wholeMonthQuantity", false, 1);
      if (code != null && types.containsKey(code)) {
        fields.problem("code", "repeats incident type " + code);
        return null;
      }
      String employeeProblem =
          rule == null || employee == null ? null : rule.employeeProblem(employee);
      if (employeeProblem != null) {
        fields.problem("employee", employeeProblem);
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
      return kind == null ? null : kind.read(fields, new TypeReading(typeCode));
    }

    /** What one type's rule may ask of the pack while it is read. */
    private final class TypeReading implements RuleReading {
      private final String typeCode;

      TypeReading(String typeCode) {
        this.typeCode = typeCode;
      }

      @Override
      public Set<String> positions() {
        return positions;
      }

      @Override
      public FreeAllowance allowance(String code) {
        return allowances.get(code);
      }

      @Override
      public void countsAs(YamlFields fields, String key, String target) {
        lateChecks.add(() -> mustCountPerUnit(fields, key, target, typeCode));
      }
    }

    @Override
    public boolean hasClause(String number) {
      return clauseNumbers.contains(number);
    }

    @Override
    public boolean declaresType(String code) {
      return types.containsKey(code) || brokenTypes.contains(code);
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
  }
}
