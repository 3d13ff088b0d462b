package kefu.incident;

import java.time.YearMonth;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.organization.Organization.ScopeCodes;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger on the home page: how many incidents count this month in the user's scope, and for
 * those who decide appeals, how many wait. One COUNT each, on the month and store index.
 */
@Configuration
class IncidentHome {

  private static final String SCOPED = IncidentLedger.SCOPED;

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final IncidentLedger ledger;

  IncidentHome(
      JdbcClient jdbc, CurrentUser currentUser, Organization organization, IncidentLedger ledger) {
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  HomeCard incidentsCard() {
    return new HomeCard(
        "nav.incidents", "/incidents", "isAuthenticated()", 20, this::incidentsThisMonth);
  }

  @Bean
  TodoList pendingAppeals() {
    return () -> {
      AccessScope scope = currentUser.scope();
      if (!scope.canWrite()) {
        return List.of();
      }
      // the same grouped count the month's home card shows per store: read once per request
      long pending =
          ledger.pendingAppealsByStore(scope).values().stream().mapToLong(Long::longValue).sum();
      return pending == 0
          ? List.of()
          : List.of(new Todo(new Message("home.todo.appeals", pending), "/incidents"));
    };
  }

  private Message incidentsThisMonth() {
    ScopeCodes codes = organization.codes(currentUser.scope());
    YearMonth month = YearMonth.from(organization.today());
    long count =
        jdbc.sql(
                "select count(*) from incident where occurred_on between :from and :to"
                    + " and status = 'RECORDED'"
                    + SCOPED)
            .param("from", month.atDay(1))
            .param("to", month.atEndOfMonth())
            .param("store", codes.storeCode())
            .param("employee", codes.employeeCode())
            .query(Long.class)
            .single();
    return new Message("home.card.incidents", month.toString(), count);
  }
}
