package kefu.settlement.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import kefu.settlement.MonthClose;
import kefu.settlement.MonthSettlement;
import kefu.settlement.SettlementStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The month close on the home page: where last month stands, and for those who close months, the
 * months still to compute or publish. Reads only the short list of computed months.
 */
@Configuration
class SettlementHome {

  private final MonthClose close;
  private final Organization organization;
  private final CurrentUser currentUser;

  SettlementHome(MonthClose close, Organization organization, CurrentUser currentUser) {
    this.close = close;
    this.organization = organization;
    this.currentUser = currentUser;
  }

  @Bean
  HomeCard monthCard() {
    return new HomeCard(
        "nav.settlements",
        "/settlements",
        "isAuthenticated()",
        30,
        () -> {
          YearMonth last = lastMonth();
          String state =
              close.months().stream()
                  .filter(m -> m.month().equals(last))
                  .findFirst()
                  .map(m -> m.status().name())
                  .orElse("NONE");
          return new Message("home.card.month." + state, last.toString());
        });
  }

  @Bean
  TodoList monthsToClose() {
    return () -> {
      if (!SettlementController.canClose(currentUser.scope())) {
        return List.of();
      }
      List<Todo> todos = new ArrayList<>();
      YearMonth last = lastMonth();
      List<MonthSettlement> months = close.months();
      if (months.stream().noneMatch(m -> m.month().equals(last))) {
        todos.add(new Todo(new Message("home.todo.compute", last.toString()), "/settlements"));
      }
      months.stream()
          .filter(m -> m.status() == SettlementStatus.DRAFT)
          .map(
              m ->
                  new Todo(
                      new Message("home.todo.publish", m.month().toString()),
                      "/settlements/" + m.month()))
          .forEach(todos::add);
      return todos;
    };
  }

  private YearMonth lastMonth() {
    return YearMonth.from(organization.today()).minusMonths(1);
  }
}
