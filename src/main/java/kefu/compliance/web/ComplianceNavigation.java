package kefu.compliance.web;

import java.util.ArrayList;
import java.util.List;
import kefu.compliance.ComplianceWork;
import kefu.organization.CurrentUser;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.NavItem;
import kefu.platform.RequestMemo;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compliance work in the shell: its menu entry, its home card, and the reminders of work due
 * within 24 hours and overdue for the duty holder, the store's CS manager and group CS.
 */
@Configuration
class ComplianceNavigation {

  private final ComplianceWork work;
  private final CurrentUser currentUser;

  ComplianceNavigation(ComplianceWork work, CurrentUser currentUser) {
    this.work = work;
    this.currentUser = currentUser;
  }

  /** Worked out once per request: the card and the to-do list both show them. */
  private ComplianceWork.Reminders reminders() {
    return RequestMemo.get("compliance.reminders", () -> work.reminders(currentUser.scope()));
  }

  @Bean
  NavItem complianceNavItem() {
    return new NavItem("compliance", "/compliance", "nav.compliance", "isAuthenticated()", 25);
  }

  @Bean
  HomeCard complianceCard() {
    return new HomeCard(
        "nav.compliance",
        "/compliance",
        "isAuthenticated()",
        25,
        () -> {
          ComplianceWork.Reminders r = reminders();
          return new Message("compliance.card", r.dueSoon(), r.overdue());
        });
  }

  @Bean
  TodoList complianceReminders() {
    return () -> {
      ComplianceWork.Reminders r = reminders();
      List<Todo> todos = new ArrayList<>();
      if (r.dueSoon() > 0) {
        todos.add(new Todo(new Message("compliance.todo.dueSoon", r.dueSoon()), "/compliance"));
      }
      if (r.overdue() > 0) {
        todos.add(new Todo(new Message("compliance.todo.overdue", r.overdue()), "/compliance"));
      }
      return todos;
    };
  }
}
