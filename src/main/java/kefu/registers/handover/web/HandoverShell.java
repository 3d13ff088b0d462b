package kefu.registers.handover.web;

import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.NavItem;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import kefu.registers.handover.Handovers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Handovers in the page shell: a menu entry under the front desk, a home card and a to-do with the
 * handovers nobody signed for more than a day (one COUNT on the status index).
 */
@Configuration
class HandoverShell {

  private final Handovers handovers;
  private final CurrentUser currentUser;

  HandoverShell(Handovers handovers, CurrentUser currentUser) {
    this.handovers = handovers;
    this.currentUser = currentUser;
  }

  @Bean
  static NavItem handoversNav() {
    return new NavItem(
        "handovers", "/handovers", "handover.title", "isAuthenticated()", 60, "desk");
  }

  @Bean
  HomeCard handoversCard() {
    return new HomeCard(
        "handover.card",
        "/handovers",
        "!hasRole('STAFF')",
        60,
        () -> new Message("handover.card.summary", handovers.unsignedCount(currentUser.scope())));
  }

  @Bean
  TodoList unsignedHandovers() {
    return () -> {
      AccessScope scope = currentUser.scope();
      if (!scope.canWrite()) {
        return List.of();
      }
      long unsigned = handovers.unsignedCount(scope);
      return unsigned == 0
          ? List.of()
          : List.of(new Todo(new Message("handover.todo.unsigned", unsigned), "/handovers"));
    };
  }
}
