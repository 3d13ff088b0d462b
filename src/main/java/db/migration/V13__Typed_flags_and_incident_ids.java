package db.migration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A statement's flags and an adjustment's incident ids become SQL arrays ({@code varchar(64)
 * array}, {@code bigint array}) instead of comma-joined text. The same statements run on H2 and
 * PostgreSQL; the rows are converted here in Java because the two databases share no function that
 * splits a text into an array (docs/adr/0009).
 */
public class V13__Typed_flags_and_incident_ids extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement ddl = c.createStatement()) {
      ddl.execute("alter table settlement_statement add column flag_codes varchar(64) array");
      ddl.execute("alter table settlement_adjustment add column incident_id_list bigint array");
    }
    convert(c, "settlement_statement", "flags", "flag_codes", "varchar", false);
    convert(c, "settlement_adjustment", "incident_ids", "incident_id_list", "bigint", true);
    try (Statement ddl = c.createStatement()) {
      ddl.execute("alter table settlement_statement drop column flags");
      ddl.execute("alter table settlement_statement rename column flag_codes to flags");
      ddl.execute("alter table settlement_statement alter column flags set not null");
      ddl.execute("alter table settlement_adjustment drop column incident_ids");
      ddl.execute(
          "alter table settlement_adjustment rename column incident_id_list to incident_ids");
      ddl.execute("alter table settlement_adjustment alter column incident_ids set not null");
    }
  }

  /**
   * Writes each row's comma-joined {@code from} into the array column {@code to}; an empty or
   * missing text becomes an empty array.
   */
  private static void convert(
      Connection c, String table, String from, String to, String elementType, boolean numbers)
      throws SQLException {
    try (Statement read = c.createStatement();
        ResultSet rows = read.executeQuery("select id, " + from + " from " + table);
        PreparedStatement write =
            c.prepareStatement("update " + table + " set " + to + " = ? where id = ?")) {
      int pending = 0;
      while (rows.next()) {
        String joined = rows.getString(2);
        String[] parts =
            joined == null || joined.isBlank() ? new String[0] : joined.strip().split(",");
        Object[] elements =
            numbers ? Arrays.stream(parts).map(String::strip).map(Long::valueOf).toArray() : parts;
        Array array = c.createArrayOf(elementType, elements);
        write.setArray(1, array);
        write.setLong(2, rows.getLong(1));
        write.addBatch();
        if (++pending == 500) {
          write.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        write.executeBatch();
      }
    }
  }
}
