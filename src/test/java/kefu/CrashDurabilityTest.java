package kefu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kefu as it ships, on its default embedded database, killed without warning right after it
 * acknowledged a burst of changes: every acknowledged change is there when the database opens
 * again. The application runs in its own JVM from the test classpath, in a fresh directory, so its
 * database is the default file under {@code ./data}.
 */
class CrashDurabilityTest {

  private static final int WRITES = 20;
  private static final String PASSWORD = "crash-test-admin";
  private static final String DEMO_PASSWORD = "kefu-demo-2026";

  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesAKillRightAfterIt() throws Exception {
    int port = freePort();
    Process app = start(port);
    Map<Long, String> acknowledged = new LinkedHashMap<>();
    try {
      Api api = new Api(port, "admin", PASSWORD);
      // the store's CS manager records; the appeal goes above them, to the administrator
      Api recorder = new Api(port, "s01cs", DEMO_PASSWORD);
      api.awaitUp(app);
      // Each incident is recorded (201), appealed and the appeal upheld (200), then voided (200):
      // three kinds of acknowledged write, twenty of each, the last ones just before the kill.
      for (int i = 0; i < WRITES; i++) {
        long id =
            recorder.created(
                "/api/v1/incidents",
                """
                {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S01","employeeCode":"E104",
                 "occurredAt":"2026-10-08T10:%02d:00+08:00"}"""
                    .formatted(i));
        api.ok("/api/v1/incidents/" + id + "/appeal", "{\"reason\":\"录音在\"}");
        api.ok(
            "/api/v1/incidents/" + id + "/appeal/decision",
            "{\"grant\":false,\"reason\":\"录音不符\"}");
        api.ok("/api/v1/incidents/" + id + "/void", "{\"reason\":\"重复登记\"}");
        acknowledged.put(id, "VOIDED/UPHELD");
      }
    } finally {
      app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(afterRestart(acknowledged.keySet())).isEqualTo(acknowledged);
  }

  /** Status and appeal status of the incidents, read from the database file opened anew. */
  private Map<Long, String> afterRestart(Iterable<Long> ids) throws Exception {
    Map<Long, String> found = new LinkedHashMap<>();
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:file:" + dir.resolve("data/kefu") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "sa",
            "")) {
      for (long id : ids) {
        try (var q =
            c.prepareStatement("select status, appeal_status from incident where id = ?")) {
          q.setLong(1, id);
          try (ResultSet rs = q.executeQuery()) {
            found.put(id, rs.next() ? rs.getString(1) + "/" + rs.getString(2) : "missing");
          }
        }
      }
    }
    return found;
  }

  /** The application's main class on the test classpath, with the packaged configuration. */
  private Process start(int port) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the client JIT alone: it starts in about half the time, and the test is mostly start-up
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of("-cp", classpath, KefuApplication.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    // the packaged defaults, whatever datasource or profile the build's environment names
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    builder.environment().put("KEFU_ADMIN_PASSWORD", PASSWORD);
    builder.environment().put("KEFU_DEMO", "true");
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("app.log").toFile());
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The REST API as an outside client uses it, with HTTP Basic. */
  private final class Api {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String auth;

    Api(int port, String username, String password) {
      this.base = "http://localhost:" + port;
      this.auth =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void awaitUp(Process app) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        assertThat(app.isAlive()).as("application running; see %s", log()).isTrue();
        try {
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(250);
      }
      throw new AssertionError("application did not start; see " + log());
    }

    long created(String path, String json) throws Exception {
      HttpResponse<String> r = post(path, json);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      Matcher m = ID.matcher(r.body());
      assertThat(m.find()).as(r.body()).isTrue();
      return Long.parseLong(m.group(1));
    }

    void ok(String path, String json) throws Exception {
      HttpResponse<String> r = post(path, json);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Authorization", auth)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private String log() {
      try {
        List<String> lines = Files.readAllLines(dir.resolve("app.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      } catch (IOException e) {
        return e.toString();
      }
    }
  }
}
