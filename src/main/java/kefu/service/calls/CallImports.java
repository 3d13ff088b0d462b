package kefu.service.calls;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kefu.organization.AccessScope;
import kefu.organization.AssignmentPeriod;
import kefu.organization.Assignments;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.platform.BadInput;
import kefu.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports telephony call records: the upload is kept in a temporary file and answered at once with
 * the import's id; one background pass then reads it row by row, checks each row (its line named in
 * any error), writes the calls and adds them to the daily counts in one transaction — all rows or
 * none. The count of rows read so far is stored as it goes, so the import can be watched.
 */
@Service
public class CallImports {

  /** Errors listed at most; the pass still reads to the end to count the rows. */
  static final int MAX_ERRORS = 100;

  private static final int PROGRESS_EVERY = 10_000;
  private static final Logger log = LoggerFactory.getLogger(CallImports.class);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Assignments assignments;
  private final Organization organization;
  private final GroupCalendar calendar;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> named(r));

  CallImports(
      DataSource dataSource,
      JdbcClient jdbc,
      Assignments assignments,
      Organization organization,
      GroupCalendar calendar,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.assignments = assignments;
    this.organization = organization;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** One row's problem. */
  public record RowError(long line, String message) {}

  /** Where an import stands. */
  public record Status(long id, String status, long rows, List<RowError> errors) {}

  private static Thread named(Runnable r) {
    Thread t = new Thread(r, "call-import");
    t.setDaemon(true);
    return t;
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  /** Keeps the upload and starts its import; answers the import's id at once. */
  public long start(AccessScope scope, String fileName, InputStream content) {
    scope.requireWriter();
    if (content == null) {
      throw new BadInput("file", "validation.required");
    }
    Path file;
    try {
      file = Files.createTempFile("kefu-calls-", CallFile.isXlsx(fileName) ? ".xlsx" : ".csv");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long id = open(scope, fileName);
    worker.submit(
        () -> {
          try {
            load(id, scope, fileName, file);
          } finally {
            try {
              Files.deleteIfExists(file);
            } catch (IOException e) {
              log.warn("Temporary call file {} not deleted", file);
            }
          }
        });
    return id;
  }

  long open(AccessScope scope, String fileName) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into call_import (status, file_name, row_count, created_by, created_at)"
                + " values ('RUNNING', :name, 0, :by, :at)")
        .param(
            "name",
            fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length())))
        .param("by", scope.username())
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Status status(AccessScope scope, long id) {
    record Row(String status, long rows, String createdBy) {}
    Row row =
        jdbc.sql("select status, row_count, created_by from call_import where id = ?")
            .param(id)
            .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3)))
            .optional()
            .orElseThrow(() -> new NotFound("call import " + id));
    if (!scope.allStores() && !scope.username().equals(row.createdBy())) {
      throw new NotFound("call import " + id);
    }
    List<RowError> errors =
        jdbc.sql("select line, message from call_import_error where import_id = ? order by line")
            .param(id)
            .query((rs, n) -> new RowError(rs.getLong(1), rs.getString(2)))
            .list();
    return new Status(id, row.status(), row.rows(), errors);
  }

  /** Reads, checks and writes the file in one pass; marks the import DONE or FAILED. */
  Status load(long id, AccessScope scope, String fileName, Path file) {
    ZoneId zone = calendar.zone();
    String ownStore = organization.codes(scope).storeCode();
    Posts posts = new Posts();
    Map<CallWriter.Day, long[]> daily = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    long[] rows = {0};
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        CallWriter writer = CallWriter.on(c);
        CallFile.Rows handler =
            (line, cells) -> {
              rows[0]++;
              if (rows[0] % PROGRESS_EVERY == 0) {
                progress(id, rows[0]);
              }
              CallRow.Read read = CallRow.read(cells, zone);
              String problem = read.problem();
              String store = null;
              if (problem == null) {
                store = posts.storeOf(read.row().agentCode(), read.row().startedOn());
                if (store == null) {
                  problem =
                      "agent "
                          + read.row().agentCode()
                          + " held no post on "
                          + read.row().startedOn();
                } else if (ownStore != null && !ownStore.equals(store)) {
                  problem = "agent " + read.row().agentCode() + " is not in your store";
                }
              }
              if (problem != null) {
                if (errors.isEmpty()) {
                  writer.abort();
                }
                if (errors.size() < MAX_ERRORS) {
                  errors.add(new RowError(line, problem));
                }
                return;
              }
              if (!errors.isEmpty()) {
                return;
              }
              try {
                writer.add(id, read.row(), store);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              long[] counts =
                  daily.computeIfAbsent(
                      new CallWriter.Day(read.row().startedOn(), store, read.row().agentCode()),
                      k -> new long[2]);
              counts[read.row().outbound() ? 0 : 1]++;
            };
        if (CallFile.isXlsx(fileName)) {
          CallFile.xlsx(file, handler);
        } else {
          try (InputStream in = Files.newInputStream(file)) {
            CallFile.csv(in, handler);
          }
        }
        if (rows[0] == 0) {
          errors.add(new RowError(1, "the file holds no call rows below its header"));
        }
        if (errors.isEmpty()) {
          writer.finish(daily);
          c.commit();
        } else {
          c.rollback();
        }
      } catch (IOException | RuntimeException | SQLException e) {
        c.rollback();
        log.warn("Call import {} failed", id, e);
        errors.add(new RowError(0, "the file could not be read: " + e.getMessage()));
      }
    } catch (SQLException e) {
      errors.add(new RowError(0, "the database refused the import: " + e.getMessage()));
    }
    finish(id, rows[0], errors);
    return new Status(id, errors.isEmpty() ? "DONE" : "FAILED", rows[0], errors);
  }

  private void progress(long id, long rows) {
    jdbc.sql("update call_import set row_count = ? where id = ?").params(rows, id).update();
  }

  private void finish(long id, long rows, List<RowError> errors) {
    for (RowError e : errors) {
      String message = e.message().length() > 500 ? e.message().substring(0, 500) : e.message();
      jdbc.sql("insert into call_import_error (import_id, line, message) values (?, ?, ?)")
          .params(id, e.line(), message)
          .update();
    }
    jdbc.sql("update call_import set status = ?, row_count = ?, finished_at = ? where id = ?")
        .params(
            errors.isEmpty() ? "DONE" : "FAILED",
            rows,
            clock.instant().atOffset(ZoneOffset.UTC),
            id)
        .update();
  }

  /** Which store each agent sat in on a day, read a month at a time. */
  private final class Posts {
    private final Map<YearMonth, Map<String, List<AssignmentPeriod>>> byMonth = new HashMap<>();

    String storeOf(String agent, LocalDate day) {
      List<AssignmentPeriod> posts =
          byMonth
              .computeIfAbsent(
                  YearMonth.from(day),
                  m ->
                      assignments.overlapping(m).stream()
                          .collect(Collectors.groupingBy(AssignmentPeriod::employeeCode)))
              .get(agent);
      if (posts == null) {
        return null;
      }
      return posts.stream()
          .filter(p -> p.covers(day))
          .map(AssignmentPeriod::storeCode)
          .findFirst()
          .orElse(null);
    }
  }
}
