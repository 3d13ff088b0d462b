package kefu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a spreadsheet comes in: upload → preview with every row checked → confirm, which
 * saves all rows or none. A module supplies only the {@link ImportFormat} and an {@link ImportRun}
 * (row checks and a batch save).
 *
 * <p>Between preview and confirmation the uploaded file (at most {@link ImportLimits#maxBytes()})
 * waits in the database under a random token, for its owner only. Confirming deletes that row in
 * the transaction that saves the rows, so a token works once even when two confirmations race, on
 * one node or several: the second finds nothing to claim and is refused with a {@link Conflict}. If
 * the save fails, the claim rolls back with it. The file is read again and every row checked again
 * on confirmation, so what is saved is what passes the checks at that moment.
 */
@Service
@EnableConfigurationProperties(ImportLimits.class)
public class ImportFlow {

  /** Rows saved per batch on confirmation. */
  static final int CHUNK = 1_000;

  /** Rows with errors listed on the preview page; the rest are counted. */
  static final int SHOWN_ERRORS = 100;

  /** Rows listed on the preview page of a file without errors. */
  static final int SHOWN_SAMPLE = 20;

  private static final Duration KEPT = Duration.ofDays(1);

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

  private final ImportLimits limits;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final GroupZone zone;

  ImportFlow(ImportLimits limits, JdbcClient jdbc, Clock clock, GroupZone zone) {
    this.limits = limits;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Checks every row of the upload and saves nothing; a file without errors is kept for {@link
   * #confirm} under the returned preview's token.
   */
  public ImportPreview preview(
      ImportFormat format, ImportRun<?> run, String owner, InputStream upload) throws SheetRefused {
    byte[] workbook = bytes(upload);
    List<ImportPreview.Row> errors = new ArrayList<>();
    List<ImportPreview.Row> sample = new ArrayList<>();
    int[] counts = new int[2];
    read(
        format,
        workbook,
        row -> {
          List<FieldProblem> problems = check(format, run, row);
          counts[0]++;
          if (!problems.isEmpty()) {
            counts[1]++;
          }
          List<ImportPreview.Row> shown = problems.isEmpty() ? sample : errors;
          if (shown.size() < (problems.isEmpty() ? SHOWN_SAMPLE : SHOWN_ERRORS)) {
            shown.add(new ImportPreview.Row(row.number(), shown(format, row), problems));
          }
        });
    boolean valid = counts[0] > 0 && counts[1] == 0;
    String token = valid ? hold(format, owner, workbook) : null;
    return new ImportPreview(format, counts[0], counts[1], valid ? sample : errors, token);
  }

  /**
   * Claims the token and saves every row of its file, or none: a used, unknown or foreign token is
   * a {@link Conflict}; a file that no longer passes the checks is a {@link RuleRefused}.
   */
  @Transactional
  public <T> int confirm(ImportFormat format, ImportRun<T> run, String owner, String token) {
    byte[] workbook = claim(format, owner, token);
    List<T> chunk = new ArrayList<>(CHUNK);
    int[] saved = {0};
    try {
      read(
          format,
          workbook,
          row -> {
            List<FieldProblem> problems = new ArrayList<>();
            T value = problems(format, row, problems) ? null : run.check(row, problems);
            if (!problems.isEmpty() || value == null) {
              throw new RuleRefused("import.hasErrors", List.of());
            }
            chunk.add(value);
            if (chunk.size() == CHUNK) {
              saved[0] += save(run, chunk);
            }
          });
    } catch (SheetRefused e) {
      throw new RuleRefused(e.getMessage(), List.of());
    }
    saved[0] += save(run, chunk);
    return saved[0];
  }

  /**
   * The row as the preview shows it: codes with their labels, times in the group's zone to the
   * minute; cells that do not read as either are shown as typed, beside their problem.
   */
  private List<String> shown(ImportFormat format, SheetRow row) {
    List<String> cells = new ArrayList<>(row.cells());
    ZoneId groupZone = null;
    for (int i = 0; i < cells.size() && i < format.columns().size(); i++) {
      ImportColumn column = format.columns().get(i);
      String cell = cells.get(i);
      if (cell.isBlank()) {
        continue;
      }
      if (column.labels() != null) {
        String code = column.labels().code(cell, column.name(), new ArrayList<>());
        if (code != null) {
          cells.set(i, column.labels().display(code));
        }
      } else if (column.time()) {
        groupZone = groupZone == null ? zone.zone() : groupZone;
        OffsetDateTime t = ExcelImport.dateTime(cell, groupZone, column.name(), new ArrayList<>());
        if (t != null) {
          cells.set(i, MINUTES.format(t.atZoneSameInstant(groupZone)));
        }
      }
    }
    return cells;
  }

  private static <T> int save(ImportRun<T> run, List<T> chunk) {
    int n = chunk.size();
    if (n > 0) {
      run.save(List.copyOf(chunk));
      chunk.clear();
    }
    return n;
  }

  private List<FieldProblem> check(ImportFormat format, ImportRun<?> run, SheetRow row) {
    List<FieldProblem> problems = new ArrayList<>();
    problems(format, row, problems);
    run.check(row, problems);
    // one problem per field: the first found is the one to fix
    Map<String, FieldProblem> first = new LinkedHashMap<>();
    problems.forEach(p -> first.putIfAbsent(p.field(), p));
    return List.copyOf(first.values());
  }

  /** The reader's problems with the row's cells, on the cells' fields; true if there are any. */
  private static boolean problems(ImportFormat format, SheetRow row, List<FieldProblem> problems) {
    new TreeMap<>(row.cellProblems())
        .forEach((column, key) -> problems.add(new FieldProblem(format.names().get(column), key)));
    return !row.cellProblems().isEmpty();
  }

  private void read(ImportFormat format, byte[] workbook, Consumer<SheetRow> sink)
      throws SheetRefused {
    Path file = null;
    try {
      file = Files.createTempFile("kefu-import-", ".xlsx");
      Files.write(file, workbook);
      new SheetReader(limits).read(file, format.columns().size(), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file the system cleans up anyway
        }
      }
    }
  }

  private byte[] bytes(InputStream upload) throws SheetRefused {
    try (upload) {
      byte[] b = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      if (b.length > limits.maxBytes()) {
        throw new SheetRefused("import.tooLarge", limits.maxBytes() / (1024 * 1024));
      }
      return b;
    } catch (IOException e) {
      throw new SheetRefused("import.unreadable");
    }
  }

  private String hold(ImportFormat format, String owner, byte[] workbook) {
    Instant now = Instant.now(clock);
    jdbc.sql("delete from pending_import where created_at < ?")
        .param(Timestamp.from(now.minus(KEPT)))
        .update();
    String token = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into pending_import (token, kind, owner, created_at, workbook)
            values (?, ?, ?, ?, ?)""")
        .params(token, format.kind(), owner, Timestamp.from(now), workbook)
        .update();
    return token;
  }

  private byte[] claim(ImportFormat format, String owner, String token) {
    byte[] workbook =
        jdbc.sql("select workbook from pending_import where token = ? and kind = ? and owner = ?")
            .params(token, format.kind(), owner)
            .query(byte[].class)
            .optional()
            .orElseThrow(() -> new Conflict("import token " + token + " is used or unknown"));
    int claimed;
    try {
      claimed = jdbc.sql("delete from pending_import where token = ?").param(token).update();
    } catch (ConcurrencyFailureException e) {
      claimed = 0;
    }
    if (claimed != 1) {
      throw new Conflict("import token " + token + " is already being confirmed");
    }
    return workbook;
  }
}
