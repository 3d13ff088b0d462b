package kefu.service.spotcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import kefu.incident.Incident;
import kefu.incident.RecordIncident;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.organization.Store;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.policy.Adoption;
import kefu.policy.PolicyCatalog;
import kefu.service.callback.Callback;
import kefu.service.callback.Callbacks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group CS spot checks (doc 000 §1, SPEC §8.2): drawing a store's sample for a month with the
 * pack's sample size, marking each sampled callback, turning a mismatch or a missing recording into
 * its incident at once, and the monthly quota of complete checks per store.
 */
@Service
public class SpotChecks {

  /** Who draws samples and marks verdicts: group CS (and administrators). */
  private static final List<Role> CHECKERS = List.of(Role.ADMIN, Role.GROUP_CS);

  /** A checker's note leaves room in the incident's note for what it cites. */
  private static final int NOTE_CHARS = 800;

  private final JdbcClient jdbc;
  private final Callbacks callbacks;
  private final RecordIncident recordIncident;
  private final PolicyCatalog catalog;
  private final Organization organization;
  private final MessageSource messages;
  private final Clock clock;

  SpotChecks(
      JdbcClient jdbc,
      Callbacks callbacks,
      RecordIncident recordIncident,
      PolicyCatalog catalog,
      Organization organization,
      MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.callbacks = callbacks;
    this.recordIncident = recordIncident;
    this.catalog = catalog;
    this.organization = organization;
    this.messages = messages;
    this.clock = clock;
  }

  public record NewCheck(String storeCode, YearMonth month, Integer sampleSize, Long seed) {}

  public record NewVerdict(Long callbackId, Verdict verdict, String note, OffsetDateTime at) {}

  /** A verdict as it stands, with the incident it created, if any. */
  public record Judged(Verdict verdict, Long incidentId) {}

  /** One store's complete checks of a month against the pack's minimum. */
  public record QuotaLine(String storeCode, int completed, int required, int shortfall) {}

  /** The spot-check figures of the pack in force at the store on the day, if any has them. */
  public Optional<SpotCheckRules> rules(String storeCode, LocalDate day) {
    return governing(storeCode, day).flatMap(a -> a.pack().section(SpotCheckRules.class));
  }

  /**
   * The complete checks a store needs in the month of {@code day}: the quota of the clause the
   * governing pack's {@code spotChecks} names (none: no minimum); empty when no pack has them.
   */
  Optional<Integer> requiredChecks(String storeCode, LocalDate day) {
    return governing(storeCode, day)
        .map(
            a -> {
              String clause = a.pack().section(SpotCheckRules.class).orElseThrow().clause();
              return a.pack().clauses().stream()
                  .filter(c -> c.number().equals(clause) && c.quota() != null)
                  .map(c -> c.quota().atLeast())
                  .findFirst()
                  .orElse(0);
            });
  }

  private Optional<Adoption> governing(String storeCode, LocalDate day) {
    return catalog.adoptions().stream()
        .filter(a -> a.inForce(storeCode, day))
        .filter(a -> a.pack().section(SpotCheckRules.class).isPresent())
        .max(
            Comparator.comparing(Adoption::effectiveFrom)
                .thenComparing(a -> a.pack().id())
                .thenComparingInt(a -> a.pack().version()));
  }

  /**
   * Starts a check of the store's month: the sample the seed draws (a fresh seed when none is
   * given, kept with the check), of the pack's size unless one is given.
   */
  @Transactional
  public SpotCheck start(AccessScope scope, NewCheck c) {
    requireChecker(scope);
    List<FieldProblem> problems = new ArrayList<>();
    if (c.storeCode() == null || c.storeCode().isBlank()) {
      problems.add(new FieldProblem("storeCode", "validation.required"));
    }
    InputRules.checkText(problems, "storeCode", c.storeCode(), 32, false);
    if (c.month() == null) {
      problems.add(new FieldProblem("month", "validation.required"));
    }
    if (c.sampleSize() != null && c.sampleSize() < 1) {
      problems.add(new FieldProblem("sampleSize", "validation.outOfRange"));
    } else if (c.sampleSize() != null && c.sampleSize() > 1000) {
      problems.add(new FieldProblem("sampleSize", "validation.tooLarge"));
    }
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    String storeCode = c.storeCode().strip();
    if (organization.storeId(storeCode).isEmpty()) {
      throw new BadInput("storeCode", "service.unknownStore");
    }
    int size =
        Optional.ofNullable(c.sampleSize())
            .or(() -> rules(storeCode, c.month().atEndOfMonth()).map(SpotCheckRules::sampleSize))
            .orElseThrow(() -> new RuleRefused("sampleSize", "spotCheck.noPack"));
    List<Long> population = callbacks.idsInMonth(storeCode, c.month());
    if (population.isEmpty()) {
      throw new RuleRefused("month", "spotCheck.nothingToCheck");
    }
    long seed = c.seed() != null ? c.seed() : ThreadLocalRandom.current().nextLong();
    List<Long> sample = SpotCheckSample.draw(population, size, seed);
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into spot_check (store_code, checked_month, sample_size, seed, started_by,"
                + " started_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            storeCode,
            c.month().toString(),
            size,
            seed,
            scope.username(),
            clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (int i = 0; i < sample.size(); i++) {
      jdbc.sql("insert into spot_check_item (spot_check_id, seq, callback_id) values (?, ?, ?)")
          .params(id, i, sample.get(i))
          .update();
    }
    return load(id);
  }

  /** The check as it stands; anyone who may see the store may see its checks. */
  @Transactional(readOnly = true)
  public SpotCheck get(AccessScope scope, long id) {
    SpotCheck check = load(id);
    long storeId = organization.storeId(check.storeCode()).orElseThrow();
    if (!scope.admitsStore(storeId) || scope.confinedToEmployee().isPresent()) {
      throw new NotFound("spot check " + id);
    }
    return check;
  }

  /** The checks of a month, newest first, within the caller's stores. */
  @Transactional(readOnly = true)
  public List<SpotCheck> ofMonth(AccessScope scope, YearMonth month) {
    return jdbc
        .sql("select id from spot_check where checked_month = ? order by id desc")
        .param(month.toString())
        .query(Long.class)
        .list()
        .stream()
        .map(this::load)
        .filter(
            c ->
                scope.confinedToEmployee().isEmpty()
                    && scope.admitsStore(organization.storeId(c.storeCode()).orElseThrow()))
        .toList();
  }

  /**
   * Marks a sampled callback. MISMATCH or NO_RECORDING records one incident for the callback's
   * agent at the verdict's time, citing the callback and the check; the incident and the verdict
   * are saved together or not at all.
   */
  @Transactional
  public Judged judge(AccessScope scope, long checkId, NewVerdict v) {
    requireChecker(scope);
    List<FieldProblem> problems = new ArrayList<>();
    if (v.callbackId() == null) {
      problems.add(new FieldProblem("callbackId", "validation.required"));
    }
    if (v.verdict() == null) {
      problems.add(new FieldProblem("verdict", "validation.required"));
    }
    InputRules.checkText(problems, "note", v.note(), NOTE_CHARS, true);
    if (!problems.isEmpty()) {
      throw new BadInput("problem.invalid", problems);
    }
    SpotCheck check = load(checkId);
    Callback callback = callbacks.byIds(List.of(v.callbackId())).get(v.callbackId());
    Verdict standing =
        check.judge(v.callbackId(), v.verdict(), callback != null && callback.hasRecording());
    OffsetDateTime at = v.at() != null ? v.at() : OffsetDateTime.now(clock);
    Long incidentId = null;
    if (standing.createsIncident()) {
      String type =
          rules(check.storeCode(), at.atZoneSameInstant(organization.zone()).toLocalDate())
              .map(SpotCheckRules::incidentType)
              .orElseThrow(() -> new RuleRefused("verdict", "spotCheck.noPack"));
      Incident incident =
          recordIncident.record(
              scope,
              new RecordIncident.Params(
                  type,
                  check.storeCode(),
                  callback.employeeCode(),
                  at,
                  1,
                  null,
                  null,
                  incidentNote(check, callback, standing, v.note())));
      incidentId = incident.getId();
    }
    int marked =
        jdbc.sql(
                "update spot_check_item set marked = ?, verdict = ?, note = ?, judged_at = ?,"
                    + " judged_by = ?, incident_id = ? where spot_check_id = ? and callback_id = ?"
                    + " and verdict is null")
            .params(
                v.verdict().name(),
                standing.name(),
                v.note() == null || v.note().isBlank() ? null : v.note().strip(),
                at,
                scope.username(),
                incidentId,
                checkId,
                v.callbackId())
            .update();
    if (marked != 1) {
      // another verdict won the race; the incident goes back with this transaction
      throw new Conflict("callback " + v.callbackId() + " already has a verdict");
    }
    return new Judged(standing, incidentId);
  }

  /**
   * Each store's complete checks started in the month (whichever month they sample, SPEC §8.2)
   * against the minimum of the pack in force there at the month's end, stores short of it first;
   * stores no such pack governs are left out.
   */
  @Transactional(readOnly = true)
  public List<QuotaLine> quota(AccessScope scope, YearMonth month) {
    if (scope.confinedToEmployee().isPresent()) {
      throw new Forbidden("the quota is for group CS and the stores' managers");
    }
    Map<String, Integer> completed = new HashMap<>();
    java.time.ZoneId zone = organization.zone();
    jdbc.sql(
            """
            select s.store_code, count(*) as checks from spot_check s
            where s.started_at >= ? and s.started_at < ?
              and not exists (select 1 from spot_check_item i
                              where i.spot_check_id = s.id and i.verdict is null)
            group by s.store_code""")
        .params(
            java.sql.Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()),
            java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
        .query()
        .listOfRows()
        .forEach(
            row ->
                completed.put(
                    (String) row.get("store_code"), ((Number) row.get("checks")).intValue()));
    List<QuotaLine> lines = new ArrayList<>();
    for (Store store : organization.visibleStores(scope)) {
      if (store.isHeadOffice()) {
        continue; // group staff's own unit makes no callbacks to check
      }
      requiredChecks(store.getCode(), month.atEndOfMonth())
          .ifPresent(
              required -> {
                int done = completed.getOrDefault(store.getCode(), 0);
                lines.add(
                    new QuotaLine(store.getCode(), done, required, Math.max(0, required - done)));
              });
    }
    lines.sort(
        Comparator.comparingInt(QuotaLine::shortfall)
            .reversed()
            .thenComparing(QuotaLine::storeCode));
    return lines;
  }

  private SpotCheck load(long id) {
    Map<String, Object> head =
        jdbc
            .sql("select store_code, checked_month, seed from spot_check where id = ?")
            .param(id)
            .query()
            .listOfRows()
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFound("spot check " + id));
    Map<Long, Verdict> verdicts = new LinkedHashMap<>();
    jdbc.sql(
            "select callback_id, verdict from spot_check_item where spot_check_id = ? order by seq")
        .param(id)
        .query(
            (rs, n) -> {
              String verdict = rs.getString("verdict");
              verdicts.put(
                  rs.getLong("callback_id"), verdict == null ? null : Verdict.valueOf(verdict));
              return null;
            })
        .list();
    return new SpotCheck(
        id,
        (String) head.get("store_code"),
        YearMonth.parse((String) head.get("checked_month")),
        ((Number) head.get("seed")).longValue(),
        verdicts);
  }

  private String incidentNote(SpotCheck check, Callback callback, Verdict verdict, String note) {
    String verdictText =
        messages.getMessage(
            "spotCheck.verdict." + verdict.name(), null, LocaleContextHolder.getLocale());
    String cited =
        messages.getMessage(
            "spotCheck.incidentNote",
            new Object[] {String.valueOf(check.id()), String.valueOf(callback.id()), verdictText},
            LocaleContextHolder.getLocale());
    return note == null || note.isBlank() ? cited : cited + " " + note.strip();
  }

  private static void requireChecker(AccessScope scope) {
    if (!CHECKERS.contains(scope.role())) {
      throw new Forbidden("spot checks are group CS work");
    }
  }
}
