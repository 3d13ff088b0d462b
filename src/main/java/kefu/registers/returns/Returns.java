package kefu.registers.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Returns and exchanges at the front desk, and the month's analysis by reason. */
@Service
@Transactional
public class Returns {

  private final ReturnEntryRepository entries;
  private final FrontDesk desk;
  private final Organization organization;
  private final JdbcClient jdbc;
  private final Clock clock;

  Returns(
      ReturnEntryRepository entries,
      FrontDesk desk,
      Organization organization,
      JdbcClient jdbc,
      Clock clock) {
    this.entries = entries;
    this.desk = desk;
    this.organization = organization;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One return or exchange as entered; {@code corrects} cites an entry this one replaces. */
  public record Params(
      String storeCode,
      ReturnKind kind,
      LocalDate occurredOn,
      String product,
      ReturnReason reason,
      String note,
      Long corrects) {}

  /** One reason's count in a month: returns, exchanges and both. */
  public record ReasonCount(ReturnReason reason, long returns, long exchanges, long total) {}

  /** The month's analysis: every reason (those with none too), in the order of the codes. */
  public record Analysis(YearMonth month, String storeCode, List<ReasonCount> reasons) {
    public long total() {
      return reasons.stream().mapToLong(ReasonCount::total).sum();
    }
  }

  public ReturnEntry record(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    if (p.kind() == null) {
      shape.add(new FieldProblem("kind", "validation.required"));
    }
    if (p.occurredOn() == null) {
      shape.add(new FieldProblem("occurredOn", "validation.required"));
    }
    FrontDesk.required(shape, "product", p.product());
    if (p.reason() == null) {
      shape.add(new FieldProblem("reason", "validation.required"));
    }
    InputRules.checkText(shape, "product", p.product(), 200, false);
    InputRules.checkText(shape, "note", p.note(), 1000, true);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String store = desk.recordingStore(scope, p.storeCode(), null, "returns.notYourStore");
    if (p.occurredOn().isAfter(organization.today())) {
      throw new RuleRefused("occurredOn", "returns.inTheFuture");
    }
    if (p.corrects() != null) {
      ReturnEntry corrected = get(scope, p.corrects());
      if (!corrected.getStoreCode().equals(store)) {
        throw new RuleRefused("corrects", "returns.correctsOtherStore");
      }
      if (entries.existsByCorrectsId(corrected.getId())) {
        throw new Conflict("returns.alreadyCorrected");
      }
    }
    return entries.save(
        new ReturnEntry(
            store,
            p.kind(),
            p.occurredOn(),
            p.product().strip(),
            p.reason(),
            FrontDesk.text(p.note()),
            p.corrects(),
            scope.username(),
            clock.instant()));
  }

  @Transactional(readOnly = true)
  public ReturnEntry get(AccessScope scope, long id) {
    ReturnEntry e = entries.findById(id).orElseThrow(() -> new NotFound("return " + id));
    desk.requireVisible(scope, e.getStoreCode(), "return " + id);
    return e;
  }

  @Transactional(readOnly = true)
  public List<ReturnEntry> month(AccessScope scope, String storeCode, YearMonth month) {
    return entries.between(desk.listStore(scope, storeCode), month.atDay(1), month.atEndOfMonth());
  }

  /**
   * The month's returns and exchanges counted by reason, in one grouped query. An entry that a
   * later one corrected is not counted; the correction is.
   */
  @Transactional(readOnly = true)
  public Analysis analysis(AccessScope scope, String storeCode, YearMonth month) {
    String store = desk.listStore(scope, storeCode);
    Map<ReturnReason, long[]> counts = new EnumMap<>(ReturnReason.class);
    for (ReturnReason r : ReturnReason.values()) {
      counts.put(r, new long[2]);
    }
    jdbc.sql(
            """
            select r.reason, r.kind, count(*) from return_entry r
            where r.occurred_on between :from and :to
              and (cast(:store as varchar) is null or r.store_code = :store)
              and not exists (select 1 from return_entry c where c.corrects_id = r.id)
            group by r.reason, r.kind""")
        .param("from", month.atDay(1))
        .param("to", month.atEndOfMonth())
        .param("store", store)
        .query(
            (java.sql.ResultSet rs) -> {
              long[] c = counts.get(ReturnReason.valueOf(rs.getString(1)));
              c[ReturnKind.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
            });
    List<ReasonCount> reasons =
        counts.entrySet().stream()
            .map(
                e ->
                    new ReasonCount(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[0] + e.getValue()[1]))
            .toList();
    return new Analysis(month, store, reasons);
  }
}
