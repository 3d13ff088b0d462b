package kefu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 60 password guesses on 40 threads against one account over real HTTP. The right password's check
 * is held until the account is locked, so it has been loaded before the lock and is verified after
 * it: exactly the window parallel guessing used to slip through. Runs on H2 and PostgreSQL.
 */
abstract class LoginBurst {

  static final String RIGHT = "burst-secret-2026";
  static final int MAX_FAILURES = 5;

  @LocalServerPort int port;
  @Autowired UserAccountRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired Clock clock;

  /** Opens when enough wrong guesses have been answered for the account to be locked. */
  @Autowired CountDownLatch locked;

  @TestConfiguration
  static class HeldRightPassword {
    @Bean
    CountDownLatch locked() {
      return new CountDownLatch(MAX_FAILURES);
    }

    @Bean
    @Primary
    PasswordEncoder heldEncoder(CountDownLatch locked) {
      PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
      return new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          boolean matches = real.matches(raw, encoded);
          if (RIGHT.contentEquals(raw)) {
            try {
              locked.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return matches;
        }
      };
    }
  }

  record Answer(boolean right, int status) {}

  @Test
  void parallelGuessesNeverGetThroughALockAndNeverFail() throws Exception {
    users.save(new UserAccount("burst", encoder.encode(RIGHT), Role.GROUP_CS, null, null));
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(40);
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 60; i++) {
        boolean right = i % 10 == 3;
        String password = right ? RIGHT : "wrong-guess-" + i;
        answers.add(pool.submit(() -> guess(http, password, right)));
      }
      List<Answer> done = new ArrayList<>();
      for (Future<Answer> f : answers) {
        done.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(done).extracting(Answer::status).doesNotContain(500).containsOnly(401);
      assertThat(users.findByUsername("burst").orElseThrow().lockedAt(Instant.now(clock))).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theSessionCookieStaysHomeOnCrossSitePosts() throws Exception {
    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax"));
  }

  private Answer guess(HttpClient http, String password, boolean right) throws Exception {
    String basic =
        Base64.getEncoder().encodeToString(("burst:" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/stores"))
                .header("Authorization", "Basic " + basic)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!right && response.statusCode() == 401) {
      locked.countDown();
    }
    return new Answer(right, response.statusCode());
  }
}
