package kefu.assessment.ladder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kefu.assessment.ladder.LadderEvents.LevelChangeDecided;
import kefu.assessment.ladder.LadderEvents.LevelChangeRecommended;
import kefu.assessment.ladder.LadderEvents.TitleAwarded;
import kefu.assessment.ladder.LadderPack.InForce;
import kefu.assessment.ladder.LadderTerms.Step;
import kefu.assessment.ladder.Recommendation.Status;
import kefu.organization.AccessScope;
import kefu.organization.Assignment;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Employee;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.Tenure;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.settlement.PublishedMonths;
import kefu.settlement.PublishedMonths.Standing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder's use cases (SPEC §2.5, §8.3): titles awarded, who is proposed for a level change as
 * of a day with the evidence, recommendations by the store's CS manager or group CS, decisions by
 * an executive, and the level each employee holds on a day. A level changes only by an approved
 * recommendation, from the first day of the month after the approval; the organization's pay
 * history gives the level before any (TRAINEE for a new CS hire). Every change is announced for the
 * audit log; nothing is written on a refusal.
 */
@Service
@Transactional
public class Ladder {

  private static final int REASON_MAX = 1000;

  /** How far back standings are read for a review: the longest ladder window and then some. */
  private static final int REVIEW_MONTHS = 60;

  private final Organization organization;
  private final Assignments assignments;
  private final LadderPack packs;
  private final LadderStore store;
  private final PublishedMonths publishedMonths;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Ladder(
      Organization organization,
      Assignments assignments,
      LadderPack packs,
      LadderStore store,
      PublishedMonths published,
      ApplicationEventPublisher events,
      Clock clock) {
    this.organization = organization;
    this.assignments = assignments;
    this.packs = packs;
    this.store = store;
    this.publishedMonths = published;
    this.events = events;
    this.clock = clock;
  }

  public record NewTitle(String employeeCode, Title title, LocalDate awardedOn) {}

  public record AwardedTitle(long id, String employeeCode, Title title, LocalDate awardedOn) {}

  public record NewRecommendation(String employeeCode, Level toLevel, String reason) {}

  public record NewDecision(Boolean approved) {}

  /** A proposal with where it applies and the recommendation already open for it, if any. */
  public record ProposalRow(
      Proposal proposal, String storeCode, String packId, int packVersion, Recommendation open) {}

  /** The level someone holds on a day and the day they reached it. */
  public record LevelOn(Level level, LocalDate since) {}

  /** Records a title; a writer of the employee's store, or group CS, gives it. */
  public AwardedTitle awardTitle(AccessScope scope, NewTitle t) {
    scope.requireWriter();
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "employeeCode", t.employeeCode());
    required(problems, "title", t.title());
    required(problems, "awardedOn", t.awardedOn());
    LocalDate today = organization.today();
    if (t.awardedOn() != null && t.awardedOn().isAfter(today)) {
      problems.add(new FieldProblem("awardedOn", "ladder.title.future"));
    }
    refuse(problems);
    Employee e = organization.employee(scope, t.employeeCode());
    requireStoreWriter(scope, e, today);
    Instant now = clock.instant();
    long id = store.insertTitle(e.getCode(), t.title(), t.awardedOn(), scope.username(), now);
    events.publishEvent(
        new TitleAwarded(id, e.getCode(), t.title(), t.awardedOn(), scope.username(), now));
    return new AwardedTitle(id, e.getCode(), t.title(), t.awardedOn());
  }

  /** The titles of an employee the user sees, oldest first. */
  @Transactional(readOnly = true)
  public List<TitleAward> titles(AccessScope scope, String employeeCode) {
    Employee e = organization.employee(scope, employeeCode);
    return store.titles(List.of(e.getCode()));
  }

  /**
   * Everyone on a ladder in force at their store on {@code asOf} whom the ladder proposes for a
   * change, with the evidence; within the user's stores (and {@code storeCode} when given).
   */
  @Transactional(readOnly = true)
  public List<ProposalRow> proposals(AccessScope scope, LocalDate asOf, String storeCode) {
    requireManager(scope);
    String only = storeCode;
    if (only != null) {
      organization.store(scope, only);
    } else {
      only = organization.codes(scope).storeCode();
    }
    LadderPack.Lookup lookup = packs.lookup();
    Map<String, AssignmentPeriod> posts = new LinkedHashMap<>();
    for (AssignmentPeriod p : assignments.overlapping(YearMonth.from(asOf))) {
      if (p.covers(asOf) && (only == null || p.storeCode().equals(only))) {
        posts.put(p.employeeCode(), p);
      }
    }
    Map<String, InForce> ladders = new HashMap<>();
    posts.forEach(
        (code, p) ->
            lookup.forPost(p.storeCode(), p.position(), asOf).ifPresent(l -> ladders.put(code, l)));
    if (ladders.isEmpty()) {
      return List.of();
    }
    Map<String, Tenure> tenures = assignments.tenures(ladders.keySet(), asOf);
    Map<String, LevelOn> levels = levelsOn(ladders.keySet(), asOf, tenures);
    YearMonth last = YearMonth.from(asOf);
    List<Standing> all = standings(last.minusMonths(REVIEW_MONTHS), last);
    Set<YearMonth> published = all.stream().map(Standing::month).collect(Collectors.toSet());
    Map<String, Map<YearMonth, Standing>> byEmployee = new HashMap<>();
    for (Standing s : all) {
      byEmployee.computeIfAbsent(s.employeeCode(), k -> new HashMap<>()).put(s.month(), s);
    }
    Map<String, List<TitleAward>> titles =
        store.titles(ladders.keySet()).stream()
            .collect(Collectors.groupingBy(TitleAward::employeeCode));
    Map<String, Recommendation> open = new HashMap<>();
    store.open(only).forEach(r -> open.put(r.employeeCode(), r));
    List<ProposalRow> rows = new ArrayList<>();
    Map<LadderTerms, LadderReview> reviews = new HashMap<>();
    for (var entry : ladders.entrySet()) {
      String code = entry.getKey();
      InForce ladder = entry.getValue();
      Tenure tenure = tenures.get(code);
      LevelOn level = levels.get(code);
      if (tenure == null || level == null) {
        continue;
      }
      LadderReview review =
          reviews.computeIfAbsent(ladder.terms(), t -> new LadderReview(t, asOf, published));
      review
          .propose(
              new LadderReview.Candidate(
                  code,
                  tenure.hiredOn(),
                  level.level(),
                  level.since(),
                  byEmployee.getOrDefault(code, Map.of()),
                  titles.getOrDefault(code, List.of())))
          .ifPresent(
              p ->
                  rows.add(
                      new ProposalRow(
                          p,
                          posts.get(code).storeCode(),
                          ladder.packId(),
                          ladder.packVersion(),
                          open.get(code))));
    }
    rows.sort(
        Comparator.comparing(ProposalRow::storeCode)
            .thenComparing(r -> r.proposal().employeeCode()));
    return rows;
  }

  /**
   * Recommends moving an employee one level up or down, from the level they will hold on the first
   * day of next month. Only the CS manager of the employee's store or group CS recommends.
   */
  public Recommendation recommend(AccessScope scope, NewRecommendation r) {
    if (scope.role() != Role.GROUP_CS && scope.role() != Role.CS_MANAGER) {
      throw new Forbidden("ladder.recommend.notDepartmentHead");
    }
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "employeeCode", r.employeeCode());
    required(problems, "toLevel", r.toLevel());
    String reason = r.reason() == null ? null : r.reason().strip();
    if (reason == null || reason.isEmpty()) {
      problems.add(new FieldProblem("reason", "validation.required"));
    } else if (reason.length() > REASON_MAX) {
      problems.add(new FieldProblem("reason", "validation.tooLong"));
    }
    refuse(problems);
    Employee e = organization.employee(scope, r.employeeCode());
    LocalDate today = organization.today();
    Assignment post = requireStoreWriter(scope, e, today);
    String storeCode = post.getStore().getCode();
    InForce ladder =
        packs
            .lookup()
            .forPost(storeCode, post.getPosition().name(), today)
            .orElseThrow(() -> new RuleRefused("employeeCode", "ladder.recommend.noLadder"));
    LocalDate next = firstOfNextMonth(today);
    LevelOn current = levelOn(e.getCode(), next);
    LadderTerms terms = ladder.terms();
    Optional<Step> at = current == null ? Optional.empty() : terms.step(current.level());
    if (at.isEmpty()) {
      throw new RuleRefused("employeeCode", "ladder.recommend.levelNotOnLadder");
    }
    Optional<Step> above = terms.above(current.level());
    Optional<Step> below = terms.below(current.level());
    ProposalKind kind;
    String clause;
    if (above.isPresent() && above.get().level() == r.toLevel()) {
      kind = ProposalKind.PROMOTION;
      clause = above.get().clause();
    } else if (below.isPresent() && below.get().level() == r.toLevel()) {
      kind = ProposalKind.DEMOTION;
      clause = at.get().clause();
    } else {
      throw new BadInput("toLevel", "ladder.toLevel.oneStep");
    }
    if (!store.open(storeCode).stream()
        .filter(o -> o.employeeCode().equals(e.getCode()))
        .toList()
        .isEmpty()) {
      throw new Conflict("ladder.recommend.alreadyOpen");
    }
    Instant now = clock.instant();
    Recommendation draft =
        new Recommendation(
            0,
            e.getCode(),
            storeCode,
            current.level(),
            r.toLevel(),
            kind,
            reason,
            ladder.packId(),
            ladder.packVersion(),
            clause,
            scope.username(),
            now,
            Status.RECOMMENDED,
            null,
            null,
            null);
    long id = store.insertRecommendation(draft);
    Recommendation saved = store.recommendation(id).orElseThrow();
    events.publishEvent(new LevelChangeRecommended(id, saved, scope.username(), now));
    return saved;
  }

  /**
   * An executive approves or rejects a recommendation; approved, the level holds from the first day
   * of next month. Anyone else is refused (403).
   */
  public Recommendation decide(AccessScope scope, long id, NewDecision d) {
    if (scope.role() != Role.EXECUTIVE) {
      throw new Forbidden("ladder.approval.executivesOnly");
    }
    if (d.approved() == null) {
      throw new BadInput("approved", "validation.required");
    }
    Recommendation r =
        store.recommendationForDecision(id).orElseThrow(() -> new NotFound("promotion " + id));
    organization.employee(scope, r.employeeCode());
    if (r.status() != Status.RECOMMENDED) {
      throw new Conflict("ladder.approval.alreadyDecided");
    }
    LocalDate effective = firstOfNextMonth(organization.today());
    if (d.approved()) {
      LevelOn current = levelOn(r.employeeCode(), effective);
      if (current == null || current.level() != r.from()) {
        throw new Conflict("ladder.approval.levelChanged");
      }
    }
    Instant now = clock.instant();
    Recommendation decided = r.decided(d.approved(), effective, scope.username(), now);
    store.insertDecision(decided);
    events.publishEvent(new LevelChangeDecided(r, decided, scope.username(), now));
    return decided;
  }

  /** Every recommendation for an employee the user sees, oldest first, with its decision. */
  @Transactional(readOnly = true)
  public List<Recommendation> history(AccessScope scope, String employeeCode) {
    Employee e = organization.employee(scope, employeeCode);
    return store.recommendationsOf(List.of(e.getCode()));
  }

  /** The recommendations waiting for a decision within the user's stores. */
  @Transactional(readOnly = true)
  public List<Recommendation> open(AccessScope scope) {
    requireManager(scope);
    return store.open(organization.codes(scope).storeCode());
  }

  /** A recommendation the user may see. */
  @Transactional(readOnly = true)
  public Recommendation recommendation(AccessScope scope, long id) {
    Recommendation r = store.recommendation(id).orElseThrow(() -> new NotFound("promotion " + id));
    organization.employee(scope, r.employeeCode());
    return r;
  }

  /**
   * The level each of {@code codes} holds on {@code day} and since when: the latest approved change
   * in force by then, unless the pay history records a level from a later day.
   */
  public Map<String, LevelOn> levelsOn(
      Collection<String> codes, LocalDate day, Map<String, Tenure> t) {
    Map<String, Recommendation> approved = new HashMap<>();
    for (Recommendation r : store.approvedBy(day)) {
      approved.put(r.employeeCode(), r);
    }
    Map<String, LevelOn> levels = new HashMap<>();
    for (String code : codes) {
      Recommendation a = approved.get(code);
      Tenure tenure = t.get(code);
      if (a != null && (tenure == null || !a.effectiveFrom().isBefore(tenure.levelFrom()))) {
        levels.put(code, new LevelOn(a.to(), a.effectiveFrom()));
      } else if (tenure != null) {
        LocalDate since =
            tenure.levelFrom().isBefore(tenure.hiredOn()) ? tenure.hiredOn() : tenure.levelFrom();
        levels.put(code, new LevelOn(tenure.level(), since));
      }
    }
    return levels;
  }

  private LevelOn levelOn(String code, LocalDate day) {
    return levelsOn(List.of(code), day, assignments.tenures(List.of(code), day)).get(code);
  }

  private List<Standing> standings(YearMonth from, YearMonth to) {
    return publishedMonths.standings(from, to);
  }

  private static LocalDate firstOfNextMonth(LocalDate day) {
    return YearMonth.from(day).plusMonths(1).atDay(1);
  }

  /** Managers and the group's roles see the ladder; staff do not. */
  private static void requireManager(AccessScope scope) {
    if (scope.confinedToEmployee().isPresent() || scope.role() == Role.STAFF) {
      throw new Forbidden("ladder.managersOnly");
    }
  }

  /** The employee's post today; the user must be able to write to its store. */
  private static Assignment requireStoreWriter(AccessScope scope, Employee e, LocalDate today) {
    Assignment post =
        e.postOn(today).orElseThrow(() -> new RuleRefused("employeeCode", "ladder.noPost"));
    if (!scope.admitsStore(post.getStore().getId())) {
      throw new NotFound("employee " + e.getCode());
    }
    if (!scope.canWriteStore(post.getStore().getId())) {
      throw new Forbidden("ladder.storeNotYours");
    }
    return post;
  }

  private static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(new FieldProblem(field, "validation.required"));
    }
  }

  private static void refuse(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new BadInput("validation.fixErrors", problems);
    }
  }
}
