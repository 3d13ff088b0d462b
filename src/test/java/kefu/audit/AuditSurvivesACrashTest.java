package kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import kefu.KefuApplication;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.RecordChanged;
import kefu.organization.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The audit entry of a change is promised in the change's own transaction (a publication in the
 * event registry), so a listener that dies between the commit and the entry loses nothing: the
 * entry is written when the publication is resubmitted, or when the next node starts.
 */
@SpringBootTest(properties = "spring.datasource.url=" + AuditSurvivesACrashTest.DATABASE)
@ActiveProfiles("test")
class AuditSurvivesACrashTest {

  static final String DATABASE =
      "jdbc:h2:mem:audit-crash;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  static final AccessScope ADMIN = new AccessScope("admin", Role.ADMIN, null, null);

  @MockitoSpyBean AuditTrail trail;
  @Autowired Organization organization;
  @Autowired AuditLog log;
  @Autowired IncompleteEventPublications incomplete;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void listenerWorksAgain() {
    doCallRealMethod().when(trail).write(any());
  }

  @Test
  void aChangeWhoseEntryWasWrittenLeavesNothingOutstanding() {
    organization.createStore(ADMIN, "C00", "正常店");
    assertThat(log.forEntity("store", "C00")).hasSize(1);
    assertThat(outstanding()).isEmpty();
  }

  @Test
  void anEntryWhoseListenerFailedIsWrittenWhenThePublicationIsResubmitted() {
    listenerFailsOnce();
    organization.createStore(ADMIN, "C01", "崩溃店");

    // the store exists, its entry does not, and the registry remembers the promise
    assertThat(organization.storeId("C01")).isPresent();
    assertThat(log.forEntity("store", "C01")).isEmpty();
    assertThat(outstanding()).containsExactly(RecordChanged.class.getName());

    incomplete.resubmitIncompletePublications(publication -> true);

    assertThat(log.forEntity("store", "C01"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREATE);
              assertThat(e.actor()).isEqualTo("admin");
              assertThat(e.after()).contains("崩溃店");
            });
    assertThat(outstanding()).isEmpty();
  }

  @Test
  void anEntryWhoseListenerFailedIsWrittenWhenTheNextNodeStarts() {
    listenerFailsOnce();
    organization.renameStore(ADMIN, "S01", "重启前改名");
    assertThat(outstanding()).containsExactly(RecordChanged.class.getName());

    // another node on the same database: it resubmits what is outstanding while it starts
    try (ConfigurableApplicationContext restarted =
        new SpringApplicationBuilder(KefuApplication.class)
            .profiles("test")
            .run("--spring.datasource.url=" + DATABASE, "--server.port=0")) {
      assertThat(outstanding()).isEmpty();
      assertThat(log.forEntity("store", "S01"))
          .filteredOn(e -> e.action() == AuditAction.UPDATE)
          .singleElement()
          .satisfies(e -> assertThat(e.after()).contains("重启前改名"));
    }
  }

  private void listenerFailsOnce() {
    doThrow(new IllegalStateException("the node stopped"))
        .doCallRealMethod()
        .when(trail)
        .write(any());
  }

  private List<String> outstanding() {
    return jdbc.sql("select event_type from event_publication where completion_date is null")
        .query(String.class)
        .list();
  }
}
