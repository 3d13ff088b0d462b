package kefu;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the test JVM, started from Maven artifacts (no Docker, no installed
 * server). Each Spring context asks for its own fresh database on it.
 */
public final class PostgresDatabase {

  private static EmbeddedPostgres server;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private PostgresDatabase() {}

  public static synchronized void register(DynamicPropertyRegistry registry) {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        // stopped after the contexts that use it are closed: a JVM hook of its own would race
        // them, and a context that still reads the database while closing (the event registry
        // does) would wait for a server already gone
        SpringApplication.getShutdownHandlers().add(PostgresDatabase::stop);
      }
      String name = "kefu_test_" + COUNTER.incrementAndGet();
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database " + name);
      }
      registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", name));
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is ending anyway
    }
  }
}
