package kefu.service.calls;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes an import's calls and adds them to the daily counts, inside the caller's transaction on
 * one connection: {@code COPY} into the month-partitioned table on PostgreSQL (a month met for the
 * first time gets its partition first), batched inserts elsewhere.
 */
abstract class CallWriter {

  static final String COLUMNS =
      "import_id, store_code, employee_code, started_at, started_on, duration_seconds, direction,"
          + " customer_number, outcome";

  /** A seat's day: the key of the daily counts. */
  record Day(LocalDate day, String storeCode, String employeeCode) {}

  protected final Connection connection;

  CallWriter(Connection connection) {
    this.connection = connection;
  }

  static CallWriter on(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
    return product.contains("postgres") ? new Copy(connection) : new Batch(connection);
  }

  abstract void add(long importId, CallRow row, String storeCode) throws SQLException;

  /** Ends the writing of rows and adds the counts; the caller then commits. */
  abstract void finish(Map<Day, long[]> daily) throws SQLException;

  /** Stops writing rows; the caller then rolls back. */
  abstract void abort();

  /** PostgreSQL: COPY in CSV, restarted around the creation of a month's partition. */
  static final class Copy extends CallWriter {
    private static final int FLUSH_AT = 1 << 16;
    private final CopyManager copy;
    private final Set<YearMonth> partitions = new HashSet<>();
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private CopyIn in;

    Copy(Connection connection) throws SQLException {
      super(connection);
      this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try (Statement s = connection.createStatement()) {
        // one import at a time creates partitions: a second waits here until the first ends
        s.execute("select pg_advisory_xact_lock(7418)");
        try (ResultSet rs =
            s.executeQuery(
                "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                    + " join pg_class p on p.oid = i.inhparent where p.relname = 'call_record'")) {
          while (rs.next()) {
            String name = rs.getString(1);
            if (name.matches("call_record_\\d{6}")) {
              partitions.add(
                  YearMonth.of(
                      Integer.parseInt(name.substring(12, 16)),
                      Integer.parseInt(name.substring(16, 18))));
            }
          }
        }
      }
    }

    @Override
    void add(long importId, CallRow row, String storeCode) throws SQLException {
      YearMonth month = YearMonth.from(row.startedOn());
      if (!partitions.contains(month)) {
        endCopy();
        createPartition(month);
      }
      buffer
          .append(importId)
          .append(',')
          .append(csv(storeCode))
          .append(',')
          .append(csv(row.agentCode()))
          .append(',')
          .append(row.startedAt().atOffset(ZoneOffset.UTC))
          .append(',')
          .append(row.startedOn())
          .append(',')
          .append(row.durationSeconds())
          .append(',')
          .append(row.direction())
          .append(',')
          .append(csv(row.customerNumber()))
          .append(',')
          .append(csv(row.outcome()))
          .append('\n');
      if (buffer.length() >= FLUSH_AT) {
        flush();
      }
    }

    private void createPartition(YearMonth month) throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute(
            "create table if not exists call_record_%04d%02d partition of call_record for values from ('%s') to ('%s')"
                .formatted(
                    month.getYear(),
                    month.getMonthValue(),
                    month.atDay(1),
                    month.plusMonths(1).atDay(1)));
      }
      partitions.add(month);
    }

    private void flush() throws SQLException {
      if (buffer.isEmpty()) {
        return;
      }
      if (in == null) {
        in = copy.copyIn("copy call_record (" + COLUMNS + ") from stdin with (format csv)");
      }
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    private void endCopy() throws SQLException {
      flush();
      if (in != null) {
        in.endCopy();
        in = null;
      }
    }

    @Override
    void finish(Map<Day, long[]> daily) throws SQLException {
      endCopy();
      try (Statement s = connection.createStatement()) {
        s.execute(
            "create temporary table call_daily_stage (call_day date, store_code varchar(32),"
                + " employee_code varchar(32), outbound bigint, inbound bigint) on commit drop");
      }
      CopyIn stage =
          copy.copyIn(
              "copy call_daily_stage (call_day, store_code, employee_code, outbound, inbound)"
                  + " from stdin with (format csv)");
      StringBuilder rows = new StringBuilder();
      for (Map.Entry<Day, long[]> e : daily.entrySet()) {
        rows.append(e.getKey().day())
            .append(',')
            .append(csv(e.getKey().storeCode()))
            .append(',')
            .append(csv(e.getKey().employeeCode()))
            .append(',')
            .append(e.getValue()[0])
            .append(',')
            .append(e.getValue()[1])
            .append('\n');
        if (rows.length() >= FLUSH_AT) {
          byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
          stage.writeToCopy(bytes, 0, bytes.length);
          rows.setLength(0);
        }
      }
      byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
      stage.writeToCopy(bytes, 0, bytes.length);
      stage.endCopy();
      try (Statement s = connection.createStatement()) {
        s.execute(
            "insert into call_daily (call_day, store_code, employee_code, outbound, inbound)"
                + " select call_day, store_code, employee_code, outbound, inbound"
                + " from call_daily_stage on conflict (call_day, store_code, employee_code)"
                + " do update set outbound = call_daily.outbound + excluded.outbound,"
                + " inbound = call_daily.inbound + excluded.inbound");
      }
    }

    @Override
    void abort() {
      buffer.setLength(0);
      if (in != null) {
        try {
          in.cancelCopy();
        } catch (SQLException ignored) {
          // the transaction is rolled back anyway
        }
        in = null;
      }
    }

    private static String csv(String value) {
      if (value == null) {
        return "";
      }
      if (value.indexOf(',') < 0
          && value.indexOf('"') < 0
          && value.indexOf('\n') < 0
          && value.indexOf('\r') < 0) {
        return value;
      }
      return '"' + value.replace("\"", "\"\"") + '"';
    }
  }

  /** Any other database (H2): inserts sent in batches, the counts merged. */
  static final class Batch extends CallWriter {
    private static final int BATCH = 1000;
    private final PreparedStatement insert;
    private int pending;

    Batch(Connection connection) throws SQLException {
      super(connection);
      insert =
          connection.prepareStatement(
              "insert into call_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void add(long importId, CallRow row, String storeCode) throws SQLException {
      insert.setLong(1, importId);
      insert.setString(2, storeCode);
      insert.setString(3, row.agentCode());
      insert.setObject(4, row.startedAt().atOffset(ZoneOffset.UTC));
      insert.setObject(5, row.startedOn());
      insert.setInt(6, row.durationSeconds());
      insert.setString(7, row.direction());
      insert.setString(8, row.customerNumber());
      insert.setString(9, row.outcome());
      insert.addBatch();
      if (++pending >= BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    void finish(Map<Day, long[]> daily) throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
      }
      insert.close();
      try (PreparedStatement merge =
          connection.prepareStatement(
              """
              merge into call_daily d
              using (select cast(? as date) call_day, cast(? as varchar(32)) store_code,
                            cast(? as varchar(32)) employee_code, cast(? as bigint) outbound,
                            cast(? as bigint) inbound) s
              on d.call_day = s.call_day and d.store_code = s.store_code
                 and d.employee_code = s.employee_code
              when matched then update set outbound = d.outbound + s.outbound,
                                           inbound = d.inbound + s.inbound
              when not matched then insert (call_day, store_code, employee_code, outbound, inbound)
                values (s.call_day, s.store_code, s.employee_code, s.outbound, s.inbound)""")) {
        int n = 0;
        for (Map.Entry<Day, long[]> e : daily.entrySet()) {
          merge.setObject(1, e.getKey().day());
          merge.setString(2, e.getKey().storeCode());
          merge.setString(3, e.getKey().employeeCode());
          merge.setLong(4, e.getValue()[0]);
          merge.setLong(5, e.getValue()[1]);
          merge.addBatch();
          if (++n % BATCH == 0) {
            merge.executeBatch();
          }
        }
        merge.executeBatch();
      }
    }

    @Override
    void abort() {
      try {
        insert.clearBatch();
        insert.close();
      } catch (SQLException ignored) {
        // the transaction is rolled back anyway
      }
    }
  }
}
