package kefu.benchmark;

import static kefu.benchmark.MonthCloseBenchmark.line;
import static kefu.benchmark.MonthCloseBenchmark.load;
import static kefu.benchmark.MonthCloseBenchmark.seconds;
import static kefu.benchmark.MonthCloseBenchmark.spread;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kefu.KefuApplication;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import kefu.service.calls.DailyCalls;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.shared.Money;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full month benchmark (not a test: surefire never runs it). On PostgreSQL with the month-close
 * benchmark's group (500 stores, 10,000 employees, 1,000,000 incidents): times today's incident
 * close; adds {@code benchmark.monthCalls} call records to the month (36,000,000 by default) and
 * times the bare SQL aggregation of them into per-seat daily counts and the daily-target report of
 * all 500 stores on one day; then adds scorecards, weekly evaluations, rewards, sales, pay and
 * level pay ({@link ScoresAndPayData}) and times the close with scores and pay against the target
 * of at most 1.5 × (aggregation + incident close).
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=kefu.benchmark.ScoresAndPayBenchmark} (see docs/benchmarks.md). The call rows
 * are written by set-based SQL into the month's partition before it is attached, as a large import
 * would leave them; the import itself is measured by {@link CallBenchmark}.
 */
public final class ScoresAndPayBenchmark {

  private static final AccessScope ADMIN = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final long CHUNK = 4_000_000L;

  private ScoresAndPayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Math.max(1, Integer.getInteger("benchmark.runs", 3));
    long calls = Long.getLong("benchmark.monthCalls", 36_000_000L);
    BenchmarkData.Shape shape = MonthCloseBenchmark.shape();
    YearMonth month = shape.month();
    MonthCloseBenchmark.machine();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database kefu_full_benchmark");
      }
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KefuApplication.class)
              .run(
                  MonthCloseBenchmark.arguments(
                      postgres.getJdbcUrl("postgres", "kefu_full_benchmark"), Map.of()))) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        PolicyPacks packs = app.getBean(PolicyPacks.class);
        line("PostgreSQL", jdbc.queryForObject("show server_version", String.class));
        long started = System.nanoTime();
        BenchmarkData.Counts counts =
            new BenchmarkData(jdbc, packs, app.getBean(PolicyCatalog.class)).generate(shape);
        line(
            "incident data",
            "%,d stores, %,d employees, %,d incidents in %s, %s"
                .formatted(
                    counts.stores(),
                    counts.employees(),
                    counts.incidents(),
                    month,
                    seconds(System.nanoTime() - started)));
        MonthClose close = app.getBean(MonthClose.class);
        MonthCloseBenchmark.Phases phases =
            new MonthCloseBenchmark.Phases(app.getBean(MeterRegistry.class));

        long incidentClose = closes("incident close", close, phases, month, runs);

        started = System.nanoTime();
        long rows = callRows(jdbc, month, calls);
        line(
            "call rows",
            "%,d in %s (partition %s), written in %s"
                .formatted(
                    rows,
                    month,
                    jdbc.queryForObject(
                        "select pg_size_pretty(pg_total_relation_size('call_record_%s'))"
                            .formatted(partition(month)),
                        String.class),
                    seconds(System.nanoTime() - started)));
        String aggregation = aggregation(month);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
          started = System.nanoTime();
          Long groups =
              jdbc.queryForObject("select count(*) from (" + aggregation + ") g", Long.class);
          long took = System.nanoTime() - started;
          line(
              run == 0 ? "aggregation warm-up" : "aggregation " + run,
              "%s  (%,d seat-days)".formatted(seconds(took), groups));
          if (run > 0) {
            times.add(took);
          }
        }
        long bareAggregation = spread("bare SQL aggregation", times);
        started = System.nanoTime();
        jdbc.update(
            "insert into call_daily (call_day, store_code, employee_code, outbound, inbound) "
                + aggregation);
        jdbc.execute("analyze call_daily");
        line("daily counts stored", seconds(System.nanoTime() - started));

        DailyCalls daily = app.getBean(DailyCalls.class);
        LocalDate day = month.atDay(10);
        CallBenchmark.report(
            "report, 500 stores, one day", () -> daily.day(ADMIN, null, day).size());

        started = System.nanoTime();
        ScoresAndPayData.Counts more = new ScoresAndPayData(jdbc, packs).generate(shape);
        line(
            "scores and pay data",
            "%,d callbacks, %,d entered criteria, %,d weekly evaluations, %,d rewards, %,d sales, %s"
                .formatted(
                    more.callbacks(),
                    more.entries(),
                    more.evaluations(),
                    more.rewards(),
                    more.sales(),
                    seconds(System.nanoTime() - started)));

        long fullClose = closes("close with scores and pay", close, phases, month, runs);
        double target = 1.5 * (bareAggregation + incidentClose);
        line(
            "target",
            String.format(
                Locale.ROOT,
                "1.5 × (%s + %s) = %.2f s; close with scores and pay %s = %.2f × (aggregation +"
                    + " incident close): %s",
                seconds(bareAggregation),
                seconds(incidentClose),
                target / 1e9,
                seconds(fullClose),
                (double) fullClose / (bareAggregation + incidentClose),
                fullClose <= target ? "met" : "NOT met"));
      }
    }
  }

  /** A warm-up close, then {@code runs} timed ones; answers the median. */
  private static long closes(
      String what, MonthClose close, MonthCloseBenchmark.Phases phases, YearMonth month, int runs) {
    line("load average before " + what, load());
    List<Long> times = new ArrayList<>();
    for (int run = 0; run <= runs; run++) {
      long started = System.nanoTime();
      MonthSettlement settled = close.compute(ADMIN, month).settlement();
      long took = System.nanoTime() - started;
      line(
          (run == 0 ? "warm-up " : "run " + run + " ") + what,
          seconds(took) + "  " + summary(settled));
      line("", phases.since(took));
      if (run > 0) {
        times.add(took);
      }
    }
    line("load average after " + what, load());
    return spread(what, times);
  }

  private static String summary(MonthSettlement m) {
    long scored = 0;
    long paid = 0;
    Money net = Money.ZERO;
    for (EmployeeStatement s : m.statements()) {
      if (s.score() != null) {
        scored++;
      }
      if (s.pay() != null) {
        paid++;
        net = net.plus(s.pay().net());
      }
    }
    return "(%s; %,d scored, %,d paid, net pay %s)"
        .formatted(MonthCloseBenchmark.summary(m), scored, paid, net);
  }

  /**
   * The month's calls spread evenly over the CS agents' seats and days, 09:00–19:00 Shanghai time,
   * one in five inbound: inserted into a table of the partition's shape in chunks, then attached as
   * the month's partition (its index is built once, as {@code create index} would).
   */
  private static long callRows(JdbcTemplate jdbc, YearMonth month, long calls) {
    String table = "call_record_" + partition(month);
    jdbc.execute(
        "create table %s (like call_record including defaults, check (started_on >= date '%s'"
                .formatted(table, month.atDay(1))
            + " and started_on < date '%s'))".formatted(month.plusMonths(1).atDay(1)));
    jdbc.execute(
        """
        create temporary table bench_seat as
        select (row_number() over (order by e.code) - 1)::int as idx, e.code as employee_code,
               s.code as store_code
        from employee e join assignment a on a.employee_id = e.id join store s on s.id = a.store_id
        where a.position = 'CS_AGENT' and a.valid_to is null""");
    long seats = jdbc.queryForObject("select count(*) from bench_seat", Long.class);
    int days = month.lengthOfMonth();
    for (long from = 0; from < calls; from += CHUNK) {
      long to = Math.min(calls, from + CHUNK) - 1;
      long started = System.nanoTime();
      jdbc.update(
          """
          insert into %s (import_id, store_code, employee_code, started_at, started_on,
                          duration_seconds, direction, customer_number, outcome)
          select 0, s.store_code, s.employee_code,
                 (d.day + make_interval(secs => 32400 + (n * 7919) %% 36000))
                   at time zone 'Asia/Shanghai',
                 d.day, (n %% 600)::int,
                 case when n %% 5 = 0 then 'INBOUND' else 'OUTBOUND' end,
                 '138' || lpad((n %% 100000000)::text, 8, '0'),
                 case when n %% 3 = 0 then 'NO_ANSWER' else 'ANSWERED' end
          from generate_series(%d::bigint, %d::bigint) n
          join bench_seat s on s.idx = n %% %d,
          lateral (select date '%s' + ((n / %d) %% %d)::int as day) d"""
              .formatted(table, from, to, seats, month.atDay(1), seats, days));
      line(
          "",
          "rows %,d–%,d in %s".formatted(from + 1, to + 1, seconds(System.nanoTime() - started)));
    }
    long started = System.nanoTime();
    jdbc.execute(
        "alter table call_record attach partition %s for values from ('%s') to ('%s')"
            .formatted(table, month.atDay(1), month.plusMonths(1).atDay(1)));
    jdbc.execute("analyze " + table);
    line("", "attached with its index, analysed, in " + seconds(System.nanoTime() - started));
    jdbc.execute("drop table bench_seat");
    return jdbc.queryForObject("select count(*) from call_record", Long.class);
  }

  /** Per seat and day, outbound and inbound calls: the same figures the import keeps. */
  private static String aggregation(YearMonth month) {
    return """
        select started_on, store_code, employee_code,
               count(*) filter (where direction = 'OUTBOUND'),
               count(*) filter (where direction = 'INBOUND')
        from call_record where started_on between date '%s' and date '%s'
        group by started_on, store_code, employee_code"""
        .formatted(month.atDay(1), month.atEndOfMonth());
  }

  private static String partition(YearMonth month) {
    return "%d%02d".formatted(month.getYear(), month.getMonthValue());
  }
}
