package kefu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.platform.BadInput;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.RuleRefused;
import kefu.settlement.CustomerRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly scorecards of doc 001 (SPEC §8.3): every seat of a store on one card each, the
 * computed criteria read from the month's customer records with their evidence, the entered ones as
 * the CS manager gave them (only the listed values), a director's adjustment with its reason, and
 * the flags the total raises over the months.
 */
@Service
@Transactional
public class Scorecards {

  private final AssessmentStore store;
  private final AssessmentPacks packs;
  private final AssessmentPeople people;
  private final List<CustomerRecords> records;

  Scorecards(
      AssessmentStore store,
      AssessmentPacks packs,
      AssessmentPeople people,
      List<CustomerRecords> records) {
    this.store = store;
    this.packs = packs;
    this.records = List.copyOf(records);
    this.people = people;
  }

  /** A card as shown: the seat, the pack it follows, its lines, total, adjustment and flags. */
  public record Card(
      String employeeCode,
      String storeCode,
      String packId,
      int packVersion,
      String clause,
      BigDecimal total,
      boolean complete,
      List<Scorecard.Line> criteria,
      Adjustment adjustment,
      List<String> flags) {}

  /** A director's adjustment of a card's total, with its reason and who gave it. */
  public record Adjustment(BigDecimal points, String reason, String by) {}

  /** The criteria a card may be entered with, as a form lists them. */
  public record Form(ScorecardRules rules, List<Card> cards) {}

  /** The month's cards the user may see, of one store or (group users, no store) of all. */
  @Transactional(readOnly = true)
  public List<Card> month(AccessScope scope, YearMonth month, String storeCode) {
    String only = people.storeAsked(scope, storeCode);
    String self = people.ownEmployee(scope);
    return cards(month, only == null ? null : Set.of(only), true).stream()
        .filter(c -> self == null || c.employeeCode().equals(self))
        .toList();
  }

  /** The rules and the cards of one store's team, for the team's form. */
  @Transactional(readOnly = true)
  public Form form(AccessScope scope, YearMonth month, String storeCode) {
    List<Card> cards = month(scope, month, storeCode);
    return new Form(rulesAt(storeCode, month).rules(), cards);
  }

  /** The card's entered criteria, replaced by those given (a PUT): only listed values. */
  public Card enter(
      AccessScope scope, YearMonth month, String employeeCode, Map<String, BigDecimal> criteria) {
    AssessmentPeople.requireRole(scope, AssessmentPeople.SCORERS);
    AssignmentPeriod post = people.visiblePost(scope, employeeCode, month);
    people.requireOpen(month);
    if (criteria == null) {
      throw new BadInput("criteria", "validation.required");
    }
    AssessmentPacks.Source<ScorecardRules> source = rulesAt(post.storeCode(), month);
    ScorecardRules rules = source.rules();
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, BigDecimal> scores = new TreeMap<>();
    criteria.forEach(
        (code, score) -> {
          String field = "criteria." + code;
          ScorecardRules.Criterion c = rules.criterion(code).orElse(null);
          if (c == null) {
            problems.add(new FieldProblem(field, "assessment.scorecard.unknownCriterion"));
          } else if (c.computed()) {
            problems.add(new FieldProblem(field, "assessment.scorecard.computedCriterion"));
          } else if (score == null) {
            problems.add(new FieldProblem(field, "validation.required"));
          } else if (!c.allows(score)) {
            problems.add(new FieldProblem(field, "assessment.scorecard.notListed"));
          } else {
            scores.put(code, score.setScale(1, RoundingMode.UNNECESSARY));
          }
        });
    if (!problems.isEmpty()) {
      throw new BadInput("assessment.scorecard.refused", problems);
    }
    requireCard(rules, post);
    Map<String, BigDecimal> before =
        store.entries(month, List.of(employeeCode)).getOrDefault(employeeCode, Map.of());
    store.replaceEntries(month, employeeCode, scores, scope.username(), people.now());
    people.recorded(
        "scorecard",
        month + "|" + employeeCode,
        before.isEmpty() ? null : new LinkedHashMap<>(texts(before)),
        new LinkedHashMap<>(texts(scores)),
        scope.username());
    return card(month, post);
  }

  /**
   * The team form: the cards of several seats entered at once, all or none (the first refusal
   * undoes the cards saved before it). Seats with nothing given are left as they are.
   */
  public List<Card> enterTeam(
      AccessScope scope, YearMonth month, Map<String, Map<String, BigDecimal>> byEmployee) {
    List<Card> saved = new ArrayList<>();
    byEmployee.forEach(
        (employee, criteria) -> {
          if (!criteria.isEmpty()) {
            saved.add(enter(scope, month, employee, criteria));
          }
        });
    return saved;
  }

  /** A director's adjustment of the card's total, with its reason; replaces an earlier one. */
  public Card adjust(
      AccessScope scope, YearMonth month, String employeeCode, BigDecimal points, String reason) {
    AssessmentPeople.requireRole(scope, AssessmentPeople.DIRECTORS);
    AssignmentPeriod post = people.visiblePost(scope, employeeCode, month);
    people.requireOpen(month);
    List<FieldProblem> problems = new ArrayList<>();
    if (points == null) {
      problems.add(new FieldProblem("points", "validation.required"));
    } else if (points.stripTrailingZeros().scale() > 1) {
      problems.add(new FieldProblem("points", "validation.decimals"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "validation.required"));
    } else {
      InputRules.checkText(problems, "reason", reason, 500, true);
    }
    if (!problems.isEmpty()) {
      throw new BadInput("assessment.scorecard.refused", problems);
    }
    ScorecardRules rules = rulesAt(post.storeCode(), month).rules();
    requireCard(rules, post);
    Card current = card(month, post);
    BigDecimal unadjusted =
        current.criteria().stream()
            .map(Scorecard.Line::score)
            .filter(java.util.Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal adjusted = unadjusted.add(points);
    if (adjusted.signum() < 0 || adjusted.compareTo(rules.standard()) > 0) {
      throw new BadInput("points", "assessment.scorecard.adjustmentOutOfRange");
    }
    Adjustment a =
        new Adjustment(
            points.setScale(1, RoundingMode.UNNECESSARY), reason.strip(), scope.username());
    store.replaceAdjustment(month, employeeCode, a, people.now());
    Adjustment was = current.adjustment();
    people.recorded(
        "scorecard-adjustment",
        month + "|" + employeeCode,
        was == null
            ? null
            : AssessmentPeople.values("points", was.points(), "reason", was.reason()),
        AssessmentPeople.values("points", a.points(), "reason", a.reason()),
        scope.username());
    return card(month, post);
  }

  private static void requireCard(ScorecardRules rules, AssignmentPeriod post) {
    if (!rules.positions().contains(post.position())) {
      throw new RuleRefused("employeeCode", "assessment.scorecard.noCard");
    }
  }

  private Card card(YearMonth month, AssignmentPeriod post) {
    return cards(month, Set.of(post.storeCode()), true).stream()
        .filter(c -> c.employeeCode().equals(post.employeeCode()))
        .findFirst()
        .orElseThrow();
  }

  AssessmentPacks.Source<ScorecardRules> rulesAt(String storeCode, YearMonth month) {
    return packs.at(ScorecardRules.class, storeCode, month.atEndOfMonth());
  }

  /**
   * The month's cards of the stores given (null: every store), with flags when asked: those need
   * the totals of the months before.
   */
  List<Card> cards(YearMonth month, Set<String> stores, boolean withFlags) {
    Map<String, AssignmentPeriod> posts = people.lastPosts(month);
    Map<String, List<AssignmentPeriod>> byStore = new TreeMap<>();
    posts.values().stream()
        .filter(p -> stores == null || stores.contains(p.storeCode()))
        .forEach(p -> byStore.computeIfAbsent(p.storeCode(), k -> new ArrayList<>()).add(p));
    Map<String, AssessmentPacks.Source<ScorecardRules>> rules = new LinkedHashMap<>();
    List<Card> cards = new ArrayList<>();
    byStore.forEach(
        (storeCode, team) -> {
          rules.put(storeCode, rulesAt(storeCode, month));
          cards.addAll(storeCards(month, storeCode, rules.get(storeCode), team));
        });
    cards.sort(Comparator.comparing(Card::storeCode).thenComparing(Card::employeeCode));
    if (!withFlags || cards.isEmpty()) {
      return cards;
    }
    Set<String> scoredStores = cards.stream().map(Card::storeCode).collect(Collectors.toSet());
    int back =
        cards.stream()
            .mapToInt(c -> rules.get(c.storeCode()).rules().monthsLookedAt())
            .max()
            .orElse(1);
    List<Map<String, BigDecimal>> earlier = new ArrayList<>();
    for (int i = 1; i < back; i++) {
      Map<String, BigDecimal> totals = new LinkedHashMap<>();
      for (Card c : cards(month.minusMonths(i), scoredStores, false)) {
        totals.put(c.employeeCode(), c.total());
      }
      earlier.add(totals);
    }
    List<Card> flagged = new ArrayList<>();
    for (Card c : cards) {
      List<BigDecimal> recent = new ArrayList<>();
      recent.add(c.total());
      earlier.forEach(totals -> recent.add(totals.get(c.employeeCode())));
      List<String> flags = rules.get(c.storeCode()).rules().flagsOf(recent);
      flagged.add(
          new Card(
              c.employeeCode(),
              c.storeCode(),
              c.packId(),
              c.packVersion(),
              c.clause(),
              c.total(),
              c.complete(),
              c.criteria(),
              c.adjustment(),
              flags));
    }
    return flagged;
  }

  private List<Card> storeCards(
      YearMonth month,
      String storeCode,
      AssessmentPacks.Source<ScorecardRules> source,
      List<AssignmentPeriod> posts) {
    ScorecardRules rules = source.rules();
    List<String> team =
        posts.stream()
            .filter(p -> rules.positions().contains(p.position()))
            .map(AssignmentPeriod::employeeCode)
            .sorted()
            .toList();
    if (team.isEmpty()) {
      return List.of();
    }
    Set<String> required = new LinkedHashSet<>();
    rules.criteria().forEach(c -> required.addAll(c.requiredFields()));
    Map<String, CustomerRecords.Count> counts = counts(storeCode, month, required);
    CustomerRecords.Count none = CustomerRecords.Count.NONE;
    int teamRecords = team.stream().mapToInt(e -> counts.getOrDefault(e, none).records()).sum();
    BigDecimal mean =
        BigDecimal.valueOf(teamRecords)
            .divide(BigDecimal.valueOf(team.size()), 4, RoundingMode.DOWN);
    Map<String, Map<String, BigDecimal>> entries = store.entries(month, team);
    Map<String, Adjustment> adjustments = store.adjustments(month, team);
    List<Card> cards = new ArrayList<>();
    for (String e : team) {
      Adjustment a = adjustments.get(e);
      Scorecard card =
          Scorecard.of(
              rules,
              e,
              new Scorecard.Records(counts.getOrDefault(e, none), mean),
              entries.getOrDefault(e, Map.of()),
              a == null ? null : a.points());
      cards.add(
          new Card(
              e,
              storeCode,
              source.packId(),
              source.packVersion(),
              source.clause(),
              card.total(),
              card.complete(),
              card.criteria(),
              a,
              List.of()));
    }
    return cards;
  }

  private static Map<String, Object> texts(Map<String, BigDecimal> scores) {
    Map<String, Object> m = new LinkedHashMap<>();
    scores.forEach((k, v) -> m.put(k, v.toPlainString()));
    return m;
  }

  /** Every kind of customer record counted together: callbacks, member files and any other. */
  private Map<String, CustomerRecords.Count> counts(
      String storeCode, YearMonth month, Set<String> required) {
    Map<String, CustomerRecords.Count> all = new HashMap<>();
    for (CustomerRecords r : records) {
      r.ofMonth(storeCode, month, required)
          .forEach((e, c) -> all.merge(e, c, CustomerRecords.Count::plus));
    }
    return all;
  }
}
