package kefu.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kefu.KefuApplication;
import kefu.benchmark.BenchmarkData.Shape;
import kefu.compliance.ComplianceSweep;
import kefu.compliance.Deadlines;
import kefu.compliance.DutyRoster;
import kefu.compliance.ExpectedWork;
import kefu.compliance.WorkItem;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The compliance sweep benchmark (not a test: surefire never runs it). On PostgreSQL, the month
 * close's 500 stores owe a month of daily pre-sales and after-sales reports, weekly and monthly
 * reports (about 33,000 items); every store has sent them on time except one report in each of 100
 * stores. Times a sweep that judges the whole month (and records the 100 incidents), then a sweep
 * with nothing to do (the same {@code asOf}, and five minutes later), {@code benchmark.runs} times
 * each from a fresh mark.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=kefu.benchmark.ComplianceSweepBenchmark -Dbenchmark.heap=1g}.
 */
public final class ComplianceSweepBenchmark {

  private static final List<String> OWED =
      List.of(
          "DAILY_REPORT_PRE_SALES", "DAILY_REPORT_AFTER_SALES", "WEEKLY_REPORT", "MONTHLY_REPORT");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The day the sweep is run at the start of, after the month's last report fell due. */
  private static final java.util.function.Function<YearMonth, java.time.LocalDate> SWEPT_TO =
      m -> m.plusMonths(1).atDay(6);

  private ComplianceSweepBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Math.max(1, Integer.getInteger("benchmark.runs", 5));
    Shape big = MonthCloseBenchmark.shape();
    Shape shape = new Shape(big.stores(), 1_000, big.month());
    MonthCloseBenchmark.machine();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database kefu_benchmark");
      }
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KefuApplication.class)
              .run(
                  MonthCloseBenchmark.arguments(
                      postgres.getJdbcUrl("postgres", "kefu_benchmark"),
                      Map.of("kefu.compliance.sweep-cron", "-")))) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        PolicyCatalog catalog = app.getBean(PolicyCatalog.class);
        new BenchmarkData(jdbc, app.getBean(PolicyPacks.class), catalog).generate(shape);
        YearMonth month = shape.month();
        long items = work(jdbc, catalog, month);
        MonthCloseBenchmark.line(
            "data",
            "%,d stores, %,d work items of %s, %,d submitted"
                .formatted(
                    shape.stores(),
                    items,
                    month,
                    jdbc.queryForObject("select count(*) from work_submission", Long.class)));
        MonthCloseBenchmark.line("load average before the runs", MonthCloseBenchmark.load());

        ComplianceSweep sweep = app.getBean(ComplianceSweep.class);
        // the month's monthly report is due on the 5th of the next: everything up to then is judged
        Instant asOf = SWEPT_TO.apply(month).atStartOfDay(ZONE).toInstant();
        List<Long> whole = new ArrayList<>();
        List<Long> same = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
          reset(jdbc);
          long started = System.nanoTime();
          int created = sweep.sweep(asOf, "benchmark").size();
          long took = System.nanoTime() - started;
          started = System.nanoTime();
          int again = sweep.sweep(asOf, "benchmark").size();
          long idle = System.nanoTime() - started;
          started = System.nanoTime();
          int fiveMinutes = sweep.sweep(asOf.plusSeconds(300), "benchmark").size();
          long next = System.nanoTime() - started;
          String label = run == 0 ? "warm-up" : "run " + run;
          MonthCloseBenchmark.line(
              label,
              "whole month %s (%d incidents), same asOf %s (%d), 5 min later %s (%d)"
                  .formatted(
                      MonthCloseBenchmark.seconds(took),
                      created,
                      MonthCloseBenchmark.seconds(idle),
                      again,
                      MonthCloseBenchmark.seconds(next),
                      fiveMinutes));
          if (run > 0) {
            whole.add(took);
            same.add(idle);
            later.add(next);
          }
        }
        MonthCloseBenchmark.line("load average after the runs", MonthCloseBenchmark.load());
        MonthCloseBenchmark.line("sweep of the month", median(whole));
        MonthCloseBenchmark.line("sweep with nothing to do (same asOf)", median(same));
        MonthCloseBenchmark.line("sweep with nothing to do (5 min later)", median(later));
      }
    }
  }

  /**
   * Duties from the month's first day for every store's CS manager (or store manager) and every
   * report of the month sent an hour before it is due, except the first day's pre-sales report in
   * every fifth store.
   */
  private static long work(JdbcTemplate jdbc, PolicyCatalog catalog, YearMonth month) {
    for (String deadline : OWED) {
      jdbc.update(
          """
          insert into compliance_duty (store_code, deadline, employee_code, valid_from,
                                       recorded_by, recorded_at)
          select s.code, ?, min(e.code), ?, 'benchmark', now()
          from store s join assignment a on a.store_id = s.id join employee e on e.id = a.employee_id
          where a.position in ('CS_MANAGER', 'STORE_MANAGER') group by s.code""",
          deadline,
          month.atDay(1));
    }
    Deadlines deadlines =
        catalog.adoptions().stream()
            .map(a -> a.pack().section(Deadlines.class))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElseThrow();
    List<ExpectedWork.DeadlinesInForce> packs =
        List.of(new ExpectedWork.DeadlinesInForce(deadlines, month.atDay(1), s -> true));
    DutyRoster roster =
        new DutyRoster(
            jdbc.query(
                "select store_code, deadline, employee_code, valid_from from compliance_duty",
                (rs, n) ->
                    new DutyRoster.Duty(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class))));
    List<String> stores = jdbc.queryForList("select code from store order by code", String.class);
    List<Object[]> rows = new ArrayList<>();
    long items = 0;
    for (int i = 0; i < stores.size(); i++) {
      for (WorkItem item :
          ExpectedWork.periodic(
              stores.get(i),
              packs,
              roster::trackedFrom,
              month.atDay(1),
              SWEPT_TO.apply(month),
              ZONE,
              d -> true)) {
        items++;
        boolean skipped =
            i % 5 == 0
                && item.deadline().code().equals("DAILY_REPORT_PRE_SALES")
                && item.periodStart().equals(month.atDay(1));
        if (!skipped) {
          rows.add(
              new Object[] {
                item.key(),
                item.storeCode(),
                item.deadline().code(),
                item.periodStart(),
                Timestamp.from(item.dueAt()),
                Timestamp.from(item.dueAt().minusSeconds(3600))
              });
        }
      }
    }
    jdbc.batchUpdate(
        """
        insert into work_submission (work_key, store_code, deadline, period_start, due_at,
                                     submitted_at, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, 'benchmark', now())""",
        rows);
    jdbc.execute("analyze compliance_duty, work_submission");
    return items;
  }

  /** A fresh start for a run: no sweep yet, none of its incidents. */
  private static void reset(JdbcTemplate jdbc) {
    jdbc.update("update compliance_sweep_mark set swept_through = null");
    jdbc.update("delete from work_incident");
    jdbc.update("delete from incident where recorded_by = 'compliance'");
  }

  private static String median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return "min %s, median %s, max %s over %d runs"
        .formatted(
            MonthCloseBenchmark.seconds(sorted.get(0)),
            MonthCloseBenchmark.seconds(sorted.get(sorted.size() / 2)),
            MonthCloseBenchmark.seconds(sorted.get(sorted.size() - 1)),
            sorted.size());
  }
}
