package kefu.service.calls;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.policy.Adoption;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Outbound calls per seat and day against the daily target of the pack in force at the store that
 * day ({@code callTargets}; the built-in {@code callcenter-100} where no adopted pack has one).
 * Every seat holding a target post that day is listed, with or without calls; anyone else with
 * calls too. Read from the daily counts the import keeps, so a day of 500 stores is a few thousand
 * rows however many calls the month holds.
 */
@Service
@Transactional(readOnly = true)
public class DailyCalls {

  static final String DEFAULT_PACK = "callcenter-100";

  /** The built-in pack's targets, parsed once: built-in packs never change while Kefu runs. */
  private static final Supplier<CallTargets> BUILT_IN =
      SingletonSupplier.of(
          () ->
              BuiltInPacks.byId(DEFAULT_PACK)
                  .orElseThrow()
                  .section(CallTargets.class)
                  .orElseThrow());

  private final JdbcClient jdbc;
  private final Assignments assignments;
  private final Organization organization;
  private final PolicyCatalog catalog;

  DailyCalls(
      JdbcClient jdbc, Assignments assignments, Organization organization, PolicyCatalog catalog) {
    this.jdbc = jdbc;
    this.assignments = assignments;
    this.organization = organization;
    this.catalog = catalog;
  }

  /** One seat's day. */
  public record Line(
      String storeCode,
      String employeeCode,
      long outbound,
      long inbound,
      int target,
      long shortfall) {}

  /**
   * The day's lines of one store, or of every store the user sees when {@code storeCode} is null.
   */
  public List<Line> day(AccessScope scope, String storeCode, LocalDate date) {
    if (date == null) {
      throw new BadInput("date", "validation.required");
    }
    String own = organization.codes(scope).storeCode();
    String store = storeCode == null || storeCode.isBlank() ? own : storeCode.trim();
    if (store != null) {
      store = organization.store(scope, store).getCode();
    }
    String employee = organization.codes(scope).employeeCode();
    Map<String, Map<String, long[]>> counts = new HashMap<>();
    jdbc.sql(
            "select store_code, employee_code, outbound, inbound from call_daily"
                + " where call_day = :day and (cast(:store as varchar) is null or store_code = :store)")
        .param("day", date)
        .param("store", store)
        .query(
            rs -> {
              counts
                  .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                  .put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
            });
    List<Adoption> adoptions =
        catalog.adoptions().stream()
            .filter(a -> a.pack().section(CallTargets.class).isPresent())
            .filter(a -> !a.effectiveFrom().isAfter(date))
            .sorted(Comparator.comparing(Adoption::effectiveFrom))
            .toList();
    CallTargets fallback = BUILT_IN.get();
    Map<String, CallTargets> targets = new HashMap<>();
    Map<String, TreeMap<String, long[]>> seats = new TreeMap<>();
    for (AssignmentPeriod p : assignments.overlapping(YearMonth.from(date))) {
      if (!p.covers(date) || (store != null && !store.equals(p.storeCode()))) {
        continue;
      }
      CallTargets t =
          targets.computeIfAbsent(p.storeCode(), s -> targetsAt(adoptions, s, fallback));
      if (t.positions().contains(p.position())) {
        seats.computeIfAbsent(p.storeCode(), k -> new TreeMap<>()).put(p.employeeCode(), null);
      }
    }
    counts.forEach(
        (s, byEmployee) ->
            byEmployee.forEach((e, c) -> seats.computeIfAbsent(s, k -> new TreeMap<>()).put(e, c)));
    List<Line> lines = new ArrayList<>();
    seats.forEach(
        (s, byEmployee) -> {
          int target =
              targets.computeIfAbsent(s, x -> targetsAt(adoptions, x, fallback)).outboundPerDay();
          byEmployee.forEach(
              (e, c) -> {
                if (employee != null && !employee.equals(e)) {
                  return;
                }
                long out = c == null ? 0 : c[0];
                long in = c == null ? 0 : c[1];
                lines.add(new Line(s, e, out, in, target, Math.max(0, target - out)));
              });
        });
    return lines;
  }

  private static CallTargets targetsAt(
      List<Adoption> adoptions, String store, CallTargets fallback) {
    Optional<CallTargets> latest = Optional.empty();
    for (Adoption a : adoptions) {
      if (a.coversStore(store)) {
        latest = a.pack().section(CallTargets.class);
      }
    }
    return latest.orElse(fallback);
  }
}
