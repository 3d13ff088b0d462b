package kefu.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import kefu.platform.NotFound;
import kefu.settlement.PublishedMonths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who is assessed where, and who may do what (SPEC §8.3): a store's CS manager scores their store's
 * team and group CS every store; a director (the store manager, group CS) adjusts a card; group CS
 * grades the year; staff read their own card. Each change is announced for the audit log.
 */
@Component
public class AssessmentPeople {

  static final Set<Role> SCORERS = Set.of(Role.ADMIN, Role.GROUP_CS, Role.CS_MANAGER);
  static final Set<Role> EVALUATORS =
      Set.of(Role.ADMIN, Role.GROUP_CS, Role.STORE_MANAGER, Role.CS_MANAGER);
  static final Set<Role> DIRECTORS = Set.of(Role.ADMIN, Role.GROUP_CS, Role.STORE_MANAGER);
  static final Set<Role> GRADERS = Set.of(Role.ADMIN, Role.GROUP_CS);

  private final Assignments assignments;
  private final Organization organization;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PublishedMonths published;

  AssessmentPeople(
      Assignments assignments,
      Organization organization,
      ApplicationEventPublisher events,
      Clock clock,
      PublishedMonths published) {
    this.assignments = assignments;
    this.organization = organization;
    this.events = events;
    this.clock = clock;
    this.published = published;
  }

  /** Refuses to change what a published month's statements already show: it is locked. */
  void requireOpen(YearMonth month) {
    if (published.isClosed(month)) {
      throw new Conflict("month " + month + " is published and locked");
    }
  }

  Instant now() {
    return Instant.now(clock);
  }

  YearMonth thisMonth() {
    return YearMonth.from(organization.today());
  }

  /** Each employee's last post of the month: where they are assessed for it. */
  Map<String, AssignmentPeriod> lastPosts(YearMonth month) {
    Map<String, AssignmentPeriod> last = new LinkedHashMap<>();
    assignments.overlapping(month).stream()
        .sorted(Comparator.comparing(AssignmentPeriod::from))
        .forEach(p -> last.put(p.employeeCode(), p));
    return last;
  }

  /** The employee's last post of the month, if they held one in it. */
  Optional<AssignmentPeriod> postIn(String employeeCode, YearMonth month) {
    List<AssignmentPeriod> posts =
        assignments.lastPosts(List.of(employeeCode), month.atEndOfMonth());
    return posts.stream().filter(p -> p.overlaps(month)).findFirst();
  }

  /** A month as given in a path or a form ({@code 2026-10}); else 400 on {@code month}. */
  public static YearMonth month(String text) {
    try {
      return kefu.platform.InputRules.time(YearMonth.class, text == null ? "" : text.trim());
    } catch (java.time.DateTimeException e) {
      throw new kefu.platform.BadInput("month", "assessment.month.invalid");
    }
  }

  /** Refuses (403) a role not among {@code allowed}. */
  static void requireRole(AccessScope scope, Set<Role> allowed) {
    if (!allowed.contains(scope.role())) {
      throw new Forbidden("assessment.forbidden");
    }
  }

  /** Whether the user sees the store (unknown stores are seen by nobody). */
  boolean seesStore(AccessScope scope, String storeCode) {
    return organization.storeId(storeCode).map(scope::admitsStore).orElse(false);
  }

  /** The store itself, when the user sees it; else 404 as if it did not exist. */
  String visibleStore(AccessScope scope, String storeCode) {
    if (!seesStore(scope, storeCode)) {
      throw new NotFound("store " + storeCode);
    }
    return storeCode;
  }

  /** The employee's post in the month, when the user sees their store; else 404. */
  AssignmentPeriod visiblePost(AccessScope scope, String employeeCode, YearMonth month) {
    return postIn(employeeCode, month)
        .filter(p -> seesStore(scope, p.storeCode()))
        .orElseThrow(() -> new NotFound("employee " + employeeCode));
  }

  /**
   * The one store a list is about: the one asked for (404 when the user does not see it), else the
   * store a store-scoped user is confined to; null for every store.
   */
  String storeAsked(AccessScope scope, String storeCode) {
    String only = storeCode == null || storeCode.isBlank() ? ownStore(scope) : storeCode.trim();
    return only == null ? null : visibleStore(scope, only);
  }

  /** The store a store-scoped user is confined to; null for those who see every store. */
  String ownStore(AccessScope scope) {
    return organization.codes(scope).storeCode();
  }

  /** The employee code staff are confined to; null for everyone else. */
  String ownEmployee(AccessScope scope) {
    return organization.codes(scope).employeeCode();
  }

  Map<String, String> names(java.util.Collection<String> codes) {
    return organization.employeeNames(codes);
  }

  void recorded(
      String entry, String key, Map<String, Object> before, Map<String, Object> after, String by) {
    events.publishEvent(new AssessmentRecorded(entry, key, before, after, by, now()));
  }

  /** Values for the audit log as texts, in the order given: name, value, name, value… */
  static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object v = namesAndValues[i + 1];
      m.put((String) namesAndValues[i], v == null ? null : String.valueOf(v));
    }
    return m;
  }
}
