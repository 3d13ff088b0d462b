package kefu.benchmark;

import static kefu.benchmark.MonthCloseBenchmark.line;
import static kefu.benchmark.MonthCloseBenchmark.seconds;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kefu.KefuApplication;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import kefu.service.calls.CallImports;
import kefu.service.calls.DailyCalls;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call benchmark (not a test: surefire never runs it). On PostgreSQL from the embedded
 * artifacts with the benchmark's 500 stores: writes a telephony CSV of {@code benchmark.calls}
 * calls of one month, loads the same calls with a bare {@code COPY} into the same table (from a
 * file already in the table's layout), empties it, imports the telephony file through {@link
 * CallImports} and compares the two rates; then times the daily-target report for all 500 stores on
 * one day and for one store.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=kefu.benchmark.CallBenchmark -Dbenchmark.heap=1g
 * -Dbenchmark.jvmArgs=-Dbenchmark.calls=10000000} (see docs/benchmarks.md).
 */
public final class CallBenchmark {

  private static final AccessScope ADMIN = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CallBenchmark() {}

  public static void main(String[] args) throws Exception {
    long calls = Long.getLong("benchmark.calls", 1_000_000L);
    YearMonth month = YearMonth.of(2026, 3);
    MonthCloseBenchmark.machine();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database kefu_call_benchmark");
      }
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KefuApplication.class)
              .run(
                  MonthCloseBenchmark.arguments(
                      postgres.getJdbcUrl("postgres", "kefu_call_benchmark"), Map.of()))) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        new BenchmarkData(jdbc, app.getBean(PolicyPacks.class), app.getBean(PolicyCatalog.class))
            .generate(new BenchmarkData.Shape(500, 0, month));
        List<String> agents =
            jdbc.queryForList(
                "select e.code from employee e join assignment a on a.employee_id = e.id"
                    + " where a.position = 'CS_AGENT' and a.valid_to is null order by e.code",
                String.class);
        List<String> storeOf =
            jdbc.queryForList(
                "select s.code from employee e join assignment a on a.employee_id = e.id"
                    + " join store s on s.id = a.store_id"
                    + " where a.position = 'CS_AGENT' and a.valid_to is null order by e.code",
                String.class);
        line("seats", "%,d CS agents in 500 stores".formatted(agents.size()));

        Path telephony = Files.createTempFile("calls-", ".csv");
        Path tableLayout = Files.createTempFile("calls-table-", ".csv");
        long started = System.nanoTime();
        write(calls, month, agents, storeOf, telephony, tableLayout);
        line(
            "files",
            "%,d calls, %,d MB telephony CSV, written in %s"
                .formatted(
                    calls, Files.size(telephony) >> 20, seconds(System.nanoTime() - started)));
        DataSource dataSource = app.getBean(DataSource.class);
        // the month's partition as the import would create it, for the bare COPY
        jdbc.execute(
            "create table call_record_202603 partition of call_record"
                + " for values from ('2026-03-01') to ('2026-04-01')");

        long bare;
        try (Connection c = dataSource.getConnection();
            Reader in = Files.newBufferedReader(tableLayout, StandardCharsets.UTF_8)) {
          started = System.nanoTime();
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy call_record (import_id, store_code, employee_code, started_at, started_on,"
                      + " duration_seconds, direction, customer_number, outcome)"
                      + " from stdin with (format csv)",
                  in);
          bare = System.nanoTime() - started;
        }
        line("bare COPY", "%s (%,.0f rows/s)".formatted(seconds(bare), calls / (bare / 1e9)));
        jdbc.execute("truncate call_record_202603");

        CallImports imports = app.getBean(CallImports.class);
        started = System.nanoTime();
        long id;
        try (InputStream in = Files.newInputStream(telephony)) {
          id = imports.start(ADMIN, "calls.csv", in);
        }
        CallImports.Status status = imports.status(ADMIN, id);
        while ("RUNNING".equals(status.status())) {
          Thread.sleep(200);
          status = imports.status(ADMIN, id);
        }
        long imported = System.nanoTime() - started;
        line(
            "import",
            "%s %s (%,d rows, %,.0f rows/s), %.0f %% of the bare COPY's rate"
                .formatted(
                    status.status(),
                    seconds(imported),
                    status.rows(),
                    calls / (imported / 1e9),
                    100.0 * bare / imported));
        line("rows stored", jdbc.queryForObject("select count(*) from call_record", Long.class));
        jdbc.execute("analyze call_record, call_daily");

        DailyCalls daily = app.getBean(DailyCalls.class);
        LocalDate day = month.atDay(10);
        report("report, 500 stores, one day", () -> daily.day(ADMIN, null, day).size());
        report("report, one store, one day", () -> daily.day(ADMIN, storeOf.get(0), day).size());
        Files.delete(telephony);
        Files.delete(tableLayout);
      }
    }
  }

  static void report(String what, java.util.function.IntSupplier run) {
    for (int i = 0; i < 5; i++) {
      run.getAsInt();
    }
    List<Long> times = new ArrayList<>();
    int lines = 0;
    for (int i = 0; i < 20; i++) {
      long started = System.nanoTime();
      lines = run.getAsInt();
      times.add(System.nanoTime() - started);
    }
    Collections.sort(times);
    line(
        what,
        "median %.1f ms, max %.1f ms over 20 runs, %,d lines"
            .formatted(times.get(10) / 1e6, times.get(19) / 1e6, lines));
  }

  /** The same calls twice: as the telephony system exports them, and in the table's layout. */
  private static void write(
      long calls,
      YearMonth month,
      List<String> agents,
      List<String> storeOf,
      Path telephony,
      Path tableLayout)
      throws java.io.IOException {
    try (BufferedWriter t = Files.newBufferedWriter(telephony, StandardCharsets.UTF_8);
        BufferedWriter b = Files.newBufferedWriter(tableLayout, StandardCharsets.UTF_8)) {
      t.write("agentCode,start,durationSeconds,direction,customerNumber,outcome\n");
      int days = month.lengthOfMonth();
      for (long n = 0; n < calls; n++) {
        int a = (int) (n % agents.size());
        int dayOfMonth = 1 + (int) ((n / agents.size()) % days);
        LocalDateTime start = month.atDay(dayOfMonth).atTime(9, 0).plusSeconds((n * 7919) % 36_000);
        String direction = n % 5 == 0 ? "INBOUND" : "OUTBOUND";
        String number = "138" + String.format("%08d", n % 100_000_000);
        int duration = (int) (n % 600);
        String outcome = n % 3 == 0 ? "NO_ANSWER" : "ANSWERED";
        t.write(agents.get(a));
        t.write(',');
        t.write(start.toString().replace('T', ' '));
        t.write(',');
        t.write(Integer.toString(duration));
        t.write(',');
        t.write(direction);
        t.write(',');
        t.write(number);
        t.write(',');
        t.write(outcome);
        t.write('\n');
        b.write("0,");
        b.write(storeOf.get(a));
        b.write(',');
        b.write(agents.get(a));
        b.write(',');
        b.write(start.atZone(ZONE).toInstant().atOffset(ZoneOffset.UTC).toString());
        b.write(',');
        b.write(start.toLocalDate().toString());
        b.write(',');
        b.write(Integer.toString(duration));
        b.write(',');
        b.write(direction);
        b.write(',');
        b.write(number);
        b.write(',');
        b.write(outcome);
        b.write('\n');
      }
    }
  }
}
