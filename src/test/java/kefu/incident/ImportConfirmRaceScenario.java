package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kefu.Workbooks;
import kefu.organization.AccessScope;
import kefu.organization.Role;
import kefu.platform.Conflict;
import kefu.platform.ImportFlow;
import kefu.platform.ImportPreview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two confirmations of one import racing each other: one saves every row, the other is refused with
 * a conflict and saves nothing, round after round.
 */
abstract class ImportConfirmRaceScenario {

  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);
  static final YearMonth MONTH = YearMonth.parse("2026-07");
  static final int ROUNDS = 5;

  @Autowired ImportFlow flow;
  @Autowired IncidentImport importer;
  @Autowired IncidentLedger ledger;

  int count() {
    return ledger.find(ADMIN, new IncidentLedger.Query(MONTH, null, null, null, null)).size();
  }

  String preview() throws Exception {
    byte[] sheet =
        Workbooks.sheet(
            IncidentImport.FORMAT.names(),
            List.of("LATE_ARRIVAL", "S01", "E105", "2026-07-06 09:10", "1", "10", "", "迟到"),
            List.of("CALLBACK_DATA_MISSING", "S01", "E106", "2026-07-07", "3", "", "", ""),
            List.of("ATTITUDE_COMPLAINT", "S01", "E104", "2026-07-08 11:00", "", "", "", ""));
    ImportPreview preview =
        flow.preview(
            IncidentImport.FORMAT, importer.run(ADMIN), "admin", new ByteArrayInputStream(sheet));
    assertThat(preview.valid()).as("%s", preview.shown()).isTrue();
    return preview.token();
  }

  @Test
  void twoSimultaneousConfirmationsSaveTheRowsOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        int before = count();
        String token = preview();
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Object> confirm =
            () -> {
              start.await();
              try {
                return flow.confirm(IncidentImport.FORMAT, importer.run(ADMIN), "admin", token);
              } catch (Conflict e) {
                return e;
              }
            };
        List<Future<Object>> both = new ArrayList<>();
        both.add(pool.submit(confirm));
        both.add(pool.submit(confirm));
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : both) {
          outcomes.add(f.get());
        }
        assertThat(outcomes).filteredOn(o -> o instanceof Conflict).hasSize(1);
        assertThat(outcomes).filteredOn(o -> Integer.valueOf(3).equals(o)).hasSize(1);
        assertThat(count()).as("round %d", round).isEqualTo(before + 3);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
