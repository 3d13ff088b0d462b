package kefu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kefu.policy.MappingSectionReader;
import kefu.policy.PackOutline;
import kefu.policy.YamlFields;
import kefu.settlement.CustomerRecords;

/**
 * Reads a pack's {@code scorecard}: clause, standard, the posts with a card, the criteria (computed
 * with value bands or entered with their allowed values, maxima adding up to the standard) and the
 * score flags.
 */
public final class ScorecardRulesReader extends MappingSectionReader<ScorecardRules> {

  private static final String SCORE = "\\d{1,3}(\\.\\d)?";

  public ScorecardRulesReader() {
    super(
        "scorecard", ScorecardRules.class, "clause", "standard", "positions", "criteria", "flags");
  }

  @Override
  protected ScorecardRules readSection(YamlFields fields, PackOutline pack) {
    String clause = pack.clause(fields);
    BigDecimal standard = fields.decimal("standard", true, 1);
    List<String> positions =
        fields.texts("positions", true, p -> p.matches("[A-Z][A-Z_]*"), "a position code");
    List<ScorecardRules.Criterion> criteria = criteria(fields);
    List<ScorecardRules.FlagRule> flags = flags(fields);
    if (criteria != null && standard != null) {
      BigDecimal sum =
          criteria.stream()
              .map(ScorecardRules.Criterion::maximum)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(standard) != 0) {
        fields.problem(
            "criteria",
            "the criteria's maxima add up to " + sum.toPlainString() + ", not the standard");
        criteria = null;
      }
    }
    if (clause == null
        || standard == null
        || positions.isEmpty()
        || criteria == null
        || flags == null) {
      return null;
    }
    return new ScorecardRules(clause, standard, positions, criteria, flags);
  }

  private static List<ScorecardRules.Criterion> criteria(YamlFields fields) {
    List<ScorecardRules.Criterion> criteria = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    boolean complete = true;
    List<YamlFields> items = fields.objects("criteria", true);
    if (items.isEmpty()) {
      return null;
    }
    for (YamlFields c : items) {
      c.allowOnly("code", "measure", "requiredFields", "bands", "values");
      String code = c.code("code", true);
      if (code != null && !codes.add(code)) {
        c.problem("code", "repeats criterion " + code);
        code = null;
      }
      ScorecardRules.Criterion criterion = c.has("measure") ? computed(c, code) : entered(c, code);
      if (criterion == null) {
        complete = false;
      } else {
        criteria.add(criterion);
      }
    }
    return complete ? criteria : null;
  }

  private static ScorecardRules.Criterion computed(YamlFields c, String code) {
    ScorecardRules.Measure measure = c.choice("measure", true, ScorecardRules.Measure.class);
    if (c.has("values")) {
      c.problem("values", "a computed criterion is scored by its bands, not entered values");
      return null;
    }
    List<String> required = List.of();
    if (measure == ScorecardRules.Measure.COMPLETENESS) {
      required =
          c.texts(
              "requiredFields",
              true,
              CustomerRecords.FIELDS::contains,
              "a field of a customer record (" + String.join(", ", CustomerRecords.FIELDS) + ")");
      if (required.isEmpty()) {
        return null;
      }
    } else if (c.has("requiredFields")) {
      c.problem("requiredFields", "only a COMPLETENESS criterion names required fields");
      return null;
    }
    List<ScorecardRules.Band> bands = bands(c);
    if (code == null || measure == null || bands == null) {
      return null;
    }
    return new ScorecardRules.Criterion(code, measure, required, bands, List.of());
  }

  private static List<ScorecardRules.Band> bands(YamlFields c) {
    List<ScorecardRules.Band> bands = new ArrayList<>();
    List<YamlFields> items = c.objects("bands", true);
    if (items.isEmpty()) {
      return null;
    }
    boolean complete = true;
    for (YamlFields b : items) {
      b.allowOnly("atLeast", "score");
      BigDecimal atLeast = b.decimal("atLeast", true, 1);
      BigDecimal score = b.decimal("score", true, 1);
      if (atLeast == null || score == null) {
        complete = false;
        continue;
      }
      if (!bands.isEmpty() && atLeast.compareTo(bands.get(bands.size() - 1).atLeast()) >= 0) {
        b.problem("atLeast", "bands must go from the highest percentage down");
        complete = false;
        continue;
      }
      bands.add(new ScorecardRules.Band(atLeast, score));
    }
    if (complete && bands.get(bands.size() - 1).atLeast().signum() != 0) {
      c.problem("bands", "the last band must start at 0 so that every percentage has a score");
      complete = false;
    }
    return complete ? bands : null;
  }

  private static ScorecardRules.Criterion entered(YamlFields c, String code) {
    for (String onlyComputed : List.of("requiredFields", "bands")) {
      if (c.has(onlyComputed)) {
        c.problem(onlyComputed, "belongs to a computed criterion (one with a measure)");
        return null;
      }
    }
    List<String> values = c.texts("values", true, v -> v.matches(SCORE), "a score like 10 or 2.5");
    if (code == null || values.isEmpty()) {
      return null;
    }
    return new ScorecardRules.Criterion(
        code, null, List.of(), List.of(), values.stream().map(BigDecimal::new).toList());
  }

  private static List<ScorecardRules.FlagRule> flags(YamlFields fields) {
    List<ScorecardRules.FlagRule> flags = new ArrayList<>();
    boolean complete = true;
    for (YamlFields f : fields.objects("flags", false)) {
      f.allowOnly("flag", "atMost", "below", "months");
      String flag = f.code("flag", true);
      Integer months = f.integer("months", true, 1);
      boolean strict = f.has("below");
      if (strict == f.has("atMost")) {
        f.problemHere("give exactly one of atMost and below");
        complete = false;
        continue;
      }
      BigDecimal threshold = f.decimal(strict ? "below" : "atMost", true, 1);
      if (flag == null || months == null || threshold == null) {
        complete = false;
        continue;
      }
      flags.add(new ScorecardRules.FlagRule(flag, threshold, strict, months));
    }
    return complete ? flags : null;
  }
}
