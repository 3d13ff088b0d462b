package kefu.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kefu.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Computing, publishing and recording the same month at the same time, through the API on
 * PostgreSQL: each probe runs {@value #ROUNDS} rounds, each on a month of its own, and counts every
 * anomaly — an answer of 500, an acknowledged incident missing from the published statements, a
 * published statement that changed afterwards, a compute that answered but was not kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresMonthRaceTest {

  private static final int ROUNDS = 20;
  private static final int RECORDINGS = 8;
  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static YearMonth lastMonth = YearMonth.of(2027, 1);

  /** Today comes after every month the rounds close, as when months are closed in practice. */
  @TestConfiguration
  static class Later {
    @Bean
    @Primary
    Clock laterClock() {
      return Clock.fixed(Instant.parse("2040-01-15T00:00:00Z"), ZoneOffset.UTC);
    }
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void twoComputesOfANewMonthBothSucceedAndLeaveOneDraft() throws Exception {
    assertThat(rounds(false, 2, false, 0)).isEmpty();
  }

  @Test
  void aComputeRacingThePublicationNeverRewritesThePublishedMonth() throws Exception {
    assertThat(rounds(true, 1, true, 0)).isEmpty();
  }

  @Test
  void everyIncidentRecordedWhilePublishingIsPublishedOrRefused() throws Exception {
    assertThat(rounds(true, 0, true, RECORDINGS)).isEmpty();
  }

  @Test
  void computingPublishingAndRecordingTogetherLoseAndRewriteNothing() throws Exception {
    assertThat(rounds(true, 1, true, RECORDINGS)).isEmpty();
  }

  /** The anomalies of {@value #ROUNDS} rounds of one race, each on a fresh month. */
  private List<String> rounds(boolean draftFirst, int computes, boolean publish, int recordings)
      throws Exception {
    List<String> anomalies = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      YearMonth month = nextMonth();
      if (draftFirst) {
        assertThat(call(compute(month)).getStatus()).isEqualTo(201);
      }
      Round round = new Round(month);
      for (int c = 0; c < computes; c++) {
        round.add("compute", 3 + c, compute(month));
      }
      if (publish) {
        round.add("publish", 8, post("/api/v1/settlements/" + month + "/publish").with(ADMIN));
      }
      for (int r = 0; r < recordings; r++) {
        // staggered across the publication: some before it, some during, some after
        round.add("record", 5 * r, record(month, r));
      }
      round.run();
      anomalies.addAll(round.anomalies(draftFirst, publish));
    }
    return anomalies;
  }

  private static synchronized YearMonth nextMonth() {
    lastMonth = lastMonth.plusMonths(1);
    return lastMonth;
  }

  private static RequestBuilder compute(YearMonth month) {
    return post("/api/v1/settlements")
        .with(ADMIN)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"month\":\"" + month + "\"}");
  }

  private static RequestBuilder record(YearMonth month, int n) {
    return post("/api/v1/incidents")
        .with(ADMIN)
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"type":"CALLBACK_RECORDING_MISMATCH","storeCode":"S01","employeeCode":"E104",
             "occurredAt":"%s-15T10:%02d:00+08:00"}"""
                .formatted(month, n));
  }

  private MockHttpServletResponse call(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  /** One race: calls started together, each after its own delay in milliseconds. */
  private final class Round {
    private record Call(String kind, int delay, RequestBuilder request) {}

    private record Answer(String kind, int status, String body) {}

    private final YearMonth month;
    private final List<Call> calls = new ArrayList<>();
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());

    Round(YearMonth month) {
      this.month = month;
    }

    void add(String kind, int delay, RequestBuilder request) {
      calls.add(new Call(kind, delay, request));
    }

    void run() throws Exception {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      for (Call c : calls) {
        running.add(
            threads.submit(
                () -> {
                  start.await();
                  Thread.sleep(c.delay());
                  MockHttpServletResponse r = call(c.request());
                  answers.add(new Answer(c.kind(), r.getStatus(), r.getContentAsString()));
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get(60, TimeUnit.SECONDS);
      }
    }

    List<String> anomalies(boolean draftFirst, boolean published) throws Exception {
      List<String> found = new ArrayList<>();
      int computed = draftFirst ? 1 : 0;
      Set<Long> acknowledged = new TreeSet<>();
      String publication = null;
      for (Answer a : answers) {
        Set<Integer> allowed =
            switch (a.kind()) {
              case "compute" -> published ? Set.of(200, 201, 409) : Set.of(200, 201);
              case "record" -> Set.of(201, 409);
              default -> Set.of(200);
            };
        if (!allowed.contains(a.status())) {
          found.add(month + ": " + a.kind() + " answered " + a.status() + " " + a.body());
        }
        if (a.kind().equals("compute") && a.status() / 100 == 2) {
          computed++;
        } else if (a.kind().equals("record") && a.status() == 201) {
          acknowledged.add(((Number) JsonPath.read(a.body(), "$.id")).longValue());
        } else if (a.kind().equals("publish") && a.status() == 200) {
          publication = a.body();
        }
      }
      String now = call(get("/api/v1/settlements/" + month).with(ADMIN)).getContentAsString();
      List<String> employees = JsonPath.read(now, "$.statements[*].employeeCode");
      if (employees.isEmpty() || new TreeSet<>(employees).size() != employees.size()) {
        found.add(month + ": statements of " + employees);
      }
      long drafts =
          jdbc.sql("select version from settlement_month where settle_month = ?")
              .param(month.toString())
              .query(Long.class)
              .single();
      // a new draft is version 0, every compute kept adds one, the publication two
      long kept = drafts + 1 - (published ? 2 : 0);
      if (kept != computed) {
        found.add(month + ": " + computed + " computes answered, " + kept + " kept");
      }
      if (published && publication != null) {
        Object publishedStatements = JsonPath.read(publication, "$.statements");
        if (!publishedStatements.equals(JsonPath.read(now, "$.statements"))) {
          found.add(month + ": the published statements changed after publication");
        }
        Set<Long> inStatements = ids(JsonPath.read(publication, "$..incidentIds[*]"));
        Set<Long> inLedger =
            ids(
                JsonPath.read(
                    call(get("/api/v1/incidents?month=" + month).with(ADMIN)).getContentAsString(),
                    "$[*].id"));
        if (!inStatements.containsAll(acknowledged) || !inLedger.equals(acknowledged)) {
          found.add(
              month
                  + ": acknowledged "
                  + acknowledged
                  + ", published "
                  + inStatements
                  + ", in the ledger "
                  + inLedger);
        }
      } else if (published) {
        found.add(month + ": not published");
      }
      return found;
    }

    private static Set<Long> ids(List<Number> numbers) {
      Set<Long> out = new TreeSet<>();
      numbers.forEach(n -> out.add(n.longValue()));
      return out;
    }
  }
}
