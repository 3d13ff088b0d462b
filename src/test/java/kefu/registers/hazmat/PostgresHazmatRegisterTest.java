package kefu.registers.hazmat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kefu.PostgresDatabase;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.platform.RuleRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL, and with draws racing each other: the balance never goes below zero, every draw
 * beyond what is left is refused, and the draws that went through add up to the stock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresHazmatRegisterTest extends HazmatRegisterScenario {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);
  static final int DRAWERS = 12;

  @Autowired HazmatRegister hazmat;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresDatabase.register(registry);
  }

  @Test
  void drawsAtTheSameMomentNeverTakeTheBalanceBelowZero() throws Exception {
    hazmat.receive(ADMIN, new HazmatRegister.NewReceipt(s.store, "灭鼠药", new BigDecimal("5"), null));
    CyclicBarrier start = new CyclicBarrier(DRAWERS);
    Callable<Object> draw =
        () -> {
          start.await();
          try {
            return hazmat.draw(
                ADMIN,
                new HazmatRegister.NewDraw(
                    s.store, "灭鼠药", BigDecimal.ONE, s.code("SV"), s.code("CM"), null));
          } catch (RuleRefused e) {
            return e;
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(DRAWERS);
    List<Object> outcomes = new ArrayList<>();
    try {
      List<Future<Object>> all = new ArrayList<>();
      for (int i = 0; i < DRAWERS; i++) {
        all.add(pool.submit(draw));
      }
      for (Future<Object> f : all) {
        outcomes.add(f.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(outcomes).filteredOn(o -> o instanceof HazmatRegister.Moved).hasSize(5);
    assertThat(outcomes).filteredOn(o -> o instanceof RuleRefused).hasSize(DRAWERS - 5);
    assertThat(outcomes)
        .filteredOn(o -> o instanceof HazmatRegister.Moved)
        .extracting(o -> ((HazmatRegister.Moved) o).balance().signum())
        .allMatch(sign -> sign >= 0);
    assertThat(hazmat.stock(ADMIN, s.store))
        .singleElement()
        .satisfies(st -> assertThat(st.quantity()).isEqualByComparingTo("0"));
    assertThat(
            jdbc.sql(
                    "select sum(quantity) from hazmat_movement where store_code = ? and kind = 'DRAW'")
                .param(s.store)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("5");
  }
}
